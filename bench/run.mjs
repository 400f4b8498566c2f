#!/usr/bin/env node
// `npm run bench`: what Unsit costs, measured against its goals (bench/README.md).
//
// Builds the extension (`wxt zip`, which makes the production build and its store zip, then
// `npm run build:e2e`), copies both builds to a temporary folder, then measures in Debian's
// Chromium, headless, with the flags of tests/e2e/harness.ts, taking the median of BENCH_RUNS
// runs (default 5). Prints a table and writes bench/results.json. Only 127.0.0.1 is contacted.
//
// Which build is measured where:
// - sizes, popup page, service worker: the production build (what users install);
// - the page while no break is due and when one fires: the test build, which may script
//   http://127.0.0.1 (a production user grants that from a click) and has the test hook that
//   makes a reminder fall due in seconds. Its card page is the production one plus the
//   test-speed hook (a few hundred bytes).
// - the workday: bench/workday.figures.ts in WXT's fake browser (bench/vitest.config.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { extensionFlags, QUIET_CHROMIUM_FLAGS } from '../scripts/chromium-flags.mjs';
import { MEMORY_RUNS, memory, memoryRows, writeMemoryFloor } from './memory.mjs';
import { BUDGETS, buildSizes } from './sizes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
/**
 * The popup's runs: four times as many. Whichever page a fresh browser opens first pays 20–40 ms
 * more (the order alternates), and the empty page's own median moves by 10 ms between runs of
 * the bench: with ten runs the same build read 1.35×, 1.35× and 1.53×.
 */
const POPUP_RUNS = 4 * RUNS;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RESULTS = join(ROOT, 'bench/results.json');
/**
 * The floor page the bench adds to copies of the builds: the least an extension page needs to
 * have an interactive button, i.e. the popup's button, disabled in the HTML and enabled by one
 * module script that gives it a click handler. No stylesheet, no framework, no request.
 */
const BLANK_PAGE = 'bench-blank.html';
const BLANK_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title>' +
  '<script type="module" src="/bench-blank.js"></script></head>' +
  '<body><button type="button" disabled>2-minute routine</button></body></html>';
const BLANK_JS =
  "const b = document.querySelector('button');\nb.addEventListener('click', () => {});\nb.disabled = false;\n";
/** The floor for a card over a page: the same frame, with a card page that is only a heading. */
const MINIMAL_CARD_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card</title></head>' +
  '<body><h2>Time to stand up</h2></body></html>';
const PAGE_HTML = readFileSync(join(ROOT, 'tests/e2e/fixtures/plain.html'));

const temp = mkdtempSync(join(tmpdir(), 'unsit-bench-'));
const log = (line) => process.stderr.write(`${line}\n`);

// ------------------------------------------------------------------ helpers

const median = (values) => {
  const sorted = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function until(what, probe, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(25);
  }
}

function npm(...args) {
  const result = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`npm ${args.join(' ')} failed`);
  }
  return result.stdout;
}

/** Chromium with (or without) one unpacked extension, as tests/e2e/harness.ts launches it. */
async function launch(extensionDir) {
  const userDataDir = mkdtempSync(join(temp, 'profile-'));
  const args = [...(extensionDir ? extensionFlags(extensionDir) : []), ...QUIET_CHROMIUM_FLAGS];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
  });
  let extensionId = null;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    await closeOnboarding(context);
  }
  return {
    context,
    extensionId,
    worker: () => liveWorker(context, extensionId),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A first install opens the onboarding tab: let it load and ask its first question, then close it. */
async function closeOnboarding(context) {
  const page = await until(
    'the onboarding tab',
    async () => context.pages().find((p) => p.url().endsWith('/onboarding.html')),
    5000,
  ).catch(() => null);
  if (!page) return;
  await page.waitForLoadState('load');
  await page
    .getByRole('heading')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  await page.close();
}

async function liveWorker(context, extensionId) {
  return until('the service worker', async () => {
    for (const worker of context.serviceWorkers().reverse()) {
      if (!worker.url().startsWith(`chrome-extension://${extensionId}/`)) continue;
      const alive = await Promise.race([
        worker.evaluate(() => true).catch(() => false),
        sleep(500).then(() => false),
      ]);
      if (alive) return worker;
    }
    return null;
  });
}

/** Performance.getMetrics as an object, after a full garbage collection. */
async function metricsAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Runs CDP commands on the extension's service worker (a browser-level session, attached without flattening). */
async function withWorkerSession(context, extensionId, fn) {
  const cdp = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    if (!target) throw new Error('no service worker target');
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    let id = 0;
    const pending = new Map();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      pending.get(message.id)?.(message);
    });
    const send = (method, params = {}) =>
      new Promise((resolve, reject) => {
        const messageId = ++id;
        pending.set(messageId, (m) =>
          m.error ? reject(new Error(m.error.message)) : resolve(m.result),
        );
        cdp
          .send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id: messageId, method, params }),
          })
          .catch(reject);
      });
    const result = await fn(send);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return result;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function killWorker(context, extensionId) {
  const cdp = await context.browser().newBrowserCDPSession();
  const targets = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
  for (const t of await targets()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  await until('the worker to stop', async () => (await targets()).length === 0);
  await cdp.detach();
}

function startServer() {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/page.html')) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(PAGE_HTML);
    } else res.writeHead(404).end();
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        url: `http://127.0.0.1:${server.address().port}/page.html`,
        close: () => server.close(),
      }),
    ),
  );
}

/** Execution contexts and scripts an extension created in a page (CDP Runtime and Debugger events). */
function watchExtensionCode(cdp) {
  const contexts = [];
  const scripts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    // A content script's isolated world has the extension's origin (Playwright's own utility
    // worlds are isolated too, but have the page's origin).
    if (context.origin.startsWith('chrome-extension://')) contexts.push(context.id);
  });
  cdp.on('Debugger.scriptParsed', (script) => {
    if (
      script.url.startsWith('chrome-extension://') ||
      contexts.includes(script.executionContextId)
    )
      scripts.push(script.url || '(eval)');
  });
  return { contexts, scripts };
}

// ------------------------------------------------------------------ builds

function build() {
  log('Building: wxt zip (production build + store zip), then the test build…');
  npm('run', 'zip');
  npm('run', 'build:e2e');
  const prod = join(temp, 'prod');
  const e2e = join(temp, 'e2e');
  cpSync(join(ROOT, '.output/chrome-mv3'), prod, { recursive: true });
  cpSync(join(ROOT, '.output-e2e/chrome-mv3'), e2e, { recursive: true });
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const zipPath = join(ROOT, `.output/unsit-${version}-chrome.zip`);
  // The sizes come from the copy, before the floor page is added to it.
  const sizes = buildSizes(prod);
  const zip = existsSync(zipPath) ? statSync(zipPath).size : null;
  for (const dir of [prod, e2e]) {
    writeFileSync(join(dir, BLANK_PAGE), BLANK_HTML);
    writeFileSync(join(dir, 'bench-blank.js'), BLANK_JS);
  }
  // The floor for a break on a page: the test build with a card page that is only a heading.
  const cardFloor = join(temp, 'card-floor');
  cpSync(e2e, cardFloor, { recursive: true });
  writeFileSync(join(cardFloor, 'card.html'), MINIMAL_CARD_HTML);
  // The floor for the service worker: an extension whose worker only answers messages.
  const floor = join(temp, 'floor');
  cpSync(prod, floor, {
    recursive: true,
    filter: (src) => src === prod || src.includes('bench-blank'),
  });
  writeFileSync(
    join(floor, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Floor',
      version: '1',
      background: { service_worker: 'sw.js' },
    }),
  );
  writeFileSync(
    join(floor, 'sw.js'),
    'chrome.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, data: null }));\n',
  );
  // The floor for memory: an MV3 extension that does nothing (bench/memory.mjs).
  const memoryFloor = join(temp, 'memory-floor');
  mkdirSync(memoryFloor);
  writeMemoryFloor(memoryFloor, { [BLANK_PAGE]: BLANK_HTML, 'bench-blank.js': BLANK_JS });
  return { prod, e2e, floor, cardFloor, memoryFloor, blankPage: BLANK_PAGE, sizes, zip };
}

// ------------------------------------------------------------------ measurements

/** A page while no break is due, with the extension (test build) and without any. */
async function idlePage(builds, server) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const one = {};
    for (const variant of ['without', 'with']) {
      const browser = await launch(variant === 'with' ? builds.e2e : null);
      try {
        const page = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(page);
        const seen = watchExtensionCode(cdp);
        await cdp.send('Runtime.enable');
        await cdp.send('Debugger.enable');
        await cdp.send('Performance.enable');
        await page.goto(server.url);
        await page.bringToFront();
        await sleep(1500);
        const m = await metricsAfterGc(cdp);
        one[variant] = {
          contexts: seen.contexts.length,
          scripts: seen.scripts.length,
          heap: m.JSHeapUsedSize,
          nodes: m.Nodes,
        };
      } finally {
        await browser.close();
      }
    }
    runs.push(one);
    log(`  idle page run ${i + 1}: ${JSON.stringify(one)}`);
  }
  return {
    runs,
    extensionContexts: Math.max(...runs.map((r) => r.with.contexts)),
    extensionScripts: Math.max(...runs.map((r) => r.with.scripts)),
    heapWith: median(runs.map((r) => r.with.heap)),
    heapWithout: median(runs.map((r) => r.without.heap)),
    heapDelta: median(runs.map((r) => r.with.heap - r.without.heap)),
  };
}

/**
 * Runs in every frame from its first instant (an init script); acts only in Unsit's card page,
 * framed into the page: notes (Date.now) the first animation frame in which the card's heading
 * is laid out.
 */
function watchForCard() {
  if (
    !/^(chrome|moz)-extension:$/.test(location.protocol) ||
    !location.pathname.endsWith('/card.html')
  )
    return;
  const state = { visibleAt: null };
  window.__unsitBench = state;
  const visible = () => {
    const heading = [...document.querySelectorAll('h1, h2, h3, [role="heading"]')].find((h) =>
      /stand up/i.test(h.textContent ?? ''),
    );
    if (!heading) return false;
    const box = heading.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  let framed = false;
  const check = () => {
    if (framed || !visible()) return;
    framed = true;
    requestAnimationFrame(() => {
      state.visibleAt = Date.now();
    });
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
  check();
}

/** When the card frame in `page` first showed its heading (null until then). */
async function cardVisibleAt(page) {
  for (const frame of page.frames()) {
    if (!/^(chrome|moz)-extension:/.test(frame.url())) continue;
    const at = await frame.evaluate(() => window.__unsitBench?.visibleAt ?? null).catch(() => null);
    if (at !== null) return at;
  }
  return null;
}

/** A break falls due through its own alarm while a page is open: cost in the page, and latency. */
async function breakOnce(dir, server) {
  const browser = await launch(dir);
  try {
    const worker = await browser.worker();
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const seen = watchExtensionCode(cdp);
    await cdp.send('Runtime.enable');
    await cdp.send('Performance.enable');
    await page.goto(server.url);
    await page.bringToFront();
    for (const other of browser.context.pages()) if (other !== page) await other.close();
    await browser.context.addInitScript(watchForCard);
    await sleep(1000);
    const before = await metricsAfterGc(cdp);

    // The reminder falls due ~2 s from now and fires from the heartbeat beat phased onto it;
    // the card follows at once.
    const view = await worker.evaluate(() => globalThis.__unsitTest.poll());
    const intervalMin = (view.boutMs + 2000) / 60_000;
    await worker.evaluate((s) => globalThis.__unsitTest.overrideSettings(s), {
      intervalMin,
      escalateAfterMin: 0,
    });
    const scheduled = await worker.evaluate(
      async () => (await chrome.alarms.get('heartbeat'))?.scheduledTime ?? null,
    );
    const visibleAt = await until('the card to be visible', () => cardVisibleAt(page), 20_000);
    const model = await (await browser.worker()).evaluate(() => globalThis.__unsitTest.loadModel());
    const firedAt = model.clock.reminder.firedAt;
    await sleep(1000);
    const after = await metricsAfterGc(cdp);
    // The card's own heap, in the extension's process (not the page's): for the record.
    const cardFrame = page.frames().find((f) => /^(chrome|moz)-extension:/.test(f.url()));
    let frameHeap = null;
    if (cardFrame) {
      const frameCdp = await browser.context.newCDPSession(cardFrame).catch(() => null);
      if (frameCdp) {
        await frameCdp.send('Performance.enable');
        frameHeap = (await metricsAfterGc(frameCdp)).JSHeapUsedSize;
        await frameCdp.detach().catch(() => undefined);
      }
    }
    return {
      frameHeap,
      alarmLateMs: scheduled === null ? null : firedAt - scheduled,
      alarmToVisibleMs: visibleAt - firedAt,
      heapGrowth: after.JSHeapUsedSize - before.JSHeapUsedSize,
      nodesAdded: after.Nodes - before.Nodes,
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      contexts: seen.contexts.length,
      scripts: seen.scripts.length,
    };
  } finally {
    await browser.close();
  }
}

async function breakFires(builds, server) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const unsit = await breakOnce(builds.e2e, server);
    const floor = await breakOnce(builds.cardFloor, server);
    runs.push({ unsit, floor });
    log(`  break run ${i + 1}: ${JSON.stringify({ unsit, floor })}`);
  }
  const pick = (which, key) => median(runs.map((r) => r[which][key]));
  const keys = [
    'heapGrowth',
    'nodesAdded',
    'scriptMs',
    'alarmToVisibleMs',
    'alarmLateMs',
    'frameHeap',
  ];
  return {
    runs,
    unsit: Object.fromEntries(keys.map((k) => [k, pick('unsit', k)])),
    floor: Object.fromEntries(keys.map((k) => [k, pick('floor', k)])),
  };
}

/** Runs in the page from its first instant: notes when the primary button is in the DOM and enabled. */
function watchForButton() {
  window.__unsitReady = null;
  const ready = () =>
    [...document.querySelectorAll('button')].some(
      (b) => /2-minute routine/i.test(b.textContent ?? '') && !b.disabled,
    );
  const check = () => {
    if (window.__unsitReady === null && ready()) window.__unsitReady = performance.now();
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
}

/** The popup opened as a page, beside the blank extension page (the floor), in a fresh browser each run. */
async function popupPage(builds) {
  const runs = [];
  for (let i = 0; i < POPUP_RUNS; i++) {
    const browser = await launch(builds.prod);
    try {
      await browser.worker();
      const one = {};
      // Alternate the order, so neither page always gets the warmer browser.
      const order = i % 2 ? ['popup.html', BLANK_PAGE] : [BLANK_PAGE, 'popup.html'];
      for (const path of order) {
        const page = await browser.context.newPage();
        await page.addInitScript(watchForButton);
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
        const interactive = await until(`${path} to be interactive`, () =>
          page.evaluate(() => window.__unsitReady),
        );
        const paint = await until(`${path} to paint`, () =>
          page.evaluate(
            () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          ),
        );
        await sleep(300);
        const m = await metricsAfterGc(cdp);
        one[path === BLANK_PAGE ? 'blank' : 'popup'] = {
          firstPaintMs: paint,
          interactiveMs: interactive,
          heap: m.JSHeapUsedSize,
        };
        await page.close();
      }
      runs.push(one);
      log(`  popup run ${i + 1}: ${JSON.stringify(one)}`);
    } finally {
      await browser.close();
    }
  }
  const pick = (which, key) => median(runs.map((r) => r[which][key]));
  return {
    runs,
    popup: {
      firstPaintMs: pick('popup', 'firstPaintMs'),
      interactiveMs: pick('popup', 'interactiveMs'),
      heap: pick('popup', 'heap'),
    },
    blank: {
      firstPaintMs: pick('blank', 'firstPaintMs'),
      interactiveMs: pick('blank', 'interactiveMs'),
      heap: pick('blank', 'heap'),
    },
  };
}

/** Cold start: the worker is stopped, a page sends the first request, the answer arrives. Then its heap. */
async function serviceWorker(builds) {
  const measureOne = async (dir, message) => {
    const browser = await launch(dir);
    try {
      await browser.worker();
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${BLANK_PAGE}`);
      await sleep(500);
      await killWorker(browser.context, browser.extensionId);
      await sleep(500);
      const timeIt = () =>
        page.evaluate(async (m) => {
          const start = performance.now();
          const reply = await chrome.runtime.sendMessage(m);
          return { ms: performance.now() - start, ok: Boolean(reply?.ok) };
        }, message);
      const cold = await timeIt();
      const warm = await timeIt();
      if (!cold.ok || !warm.ok) throw new Error('the worker did not answer ok');
      await browser.worker();
      const heap = await withWorkerSession(browser.context, browser.extensionId, async (send) => {
        await send('HeapProfiler.collectGarbage');
        return (await send('Runtime.getHeapUsage')).usedSize;
      });
      return { coldMs: cold.ms, warmMs: warm.ms, heap };
    } finally {
      await browser.close();
    }
  };
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const unsit = await measureOne(builds.prod, { tag: 'unsit', name: 'getStatus', payload: {} });
    const floor = await measureOne(builds.floor, { hello: true });
    runs.push({ unsit, floor });
    log(`  worker run ${i + 1}: ${JSON.stringify({ unsit, floor })}`);
  }
  const pick = (which, key) => median(runs.map((r) => r[which][key]));
  return {
    runs,
    unsit: {
      coldMs: pick('unsit', 'coldMs'),
      warmMs: pick('unsit', 'warmMs'),
      heap: pick('unsit', 'heap'),
    },
    floor: {
      coldMs: pick('floor', 'coldMs'),
      warmMs: pick('floor', 'warmMs'),
      heap: pick('floor', 'heap'),
    },
  };
}

function workday() {
  const out = join(temp, 'workday.json');
  const result = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, UNSIT_BENCH_OUT: out },
  });
  if (result.status !== 0 || !existsSync(out)) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('the workday figures failed');
  }
  return JSON.parse(readFileSync(out, 'utf8'));
}

// ------------------------------------------------------------------ report

const kb = (bytes) => (bytes === null ? '–' : `${(bytes / 1000).toFixed(1)} KB`);
const ms = (value) => (value === null ? '–' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const num = (value, digits = 1) => (value === null ? '–' : value.toFixed(digits));

function rows(r) {
  const { sizes } = r.build;
  const size = (part) => `${kb(sizes[part].gzip)} gz (${kb(sizes[part].raw)} raw)`;
  const lines = [];
  const row = (section, what, value, goal = '', pass = null) =>
    lines.push({ section, what, value, goal, pass });
  row(
    'Bundle',
    'background (service worker)',
    size('background'),
    `≤ ${kb(BUDGETS.background)} gz`,
    sizes.background.gzip <= BUDGETS.background,
  );
  row(
    'Bundle',
    `popup + all it loads (${sizes.popup.files.length} files)`,
    size('popup'),
    `≤ ${kb(BUDGETS.popup)} gz`,
    sizes.popup.gzip <= BUDGETS.popup,
  );
  row(
    'Bundle',
    `card page over a site + all it loads (${sizes.overlay.files.length} files)`,
    size('overlay'),
    `≤ ${kb(BUDGETS.overlay)} gz`,
    sizes.overlay.gzip <= BUDGETS.overlay,
  );
  row(
    'Bundle',
    `history page + all it loads (${sizes.history.files.length} files)`,
    size('history'),
    `≤ ${kb(BUDGETS.history)} gz`,
    sizes.history.gzip <= BUDGETS.history,
  );
  row('Bundle', `options + all it loads (${sizes.options.files.length} files)`, size('options'));
  row(
    'Bundle',
    'store zip (wxt zip)',
    `${kb(r.build.zip)} (${kb(sizes.zip.raw)} unpacked)`,
    `≤ ${kb(BUDGETS.zip)}`,
    r.build.zip !== null && r.build.zip <= BUDGETS.zip,
  );

  const idle = r.idlePage;
  row(
    'Page, no break due',
    'extension contexts / scripts in the page',
    `${idle.extensionContexts} / ${idle.extensionScripts}`,
    '0 / 0',
    idle.extensionContexts === 0 && idle.extensionScripts === 0,
  );
  row(
    'Page, no break due',
    'page JS heap: with − without Unsit',
    `${idle.heapDelta} B (${kb(idle.heapWith)} vs ${kb(idle.heapWithout)})`,
    '0',
    idle.heapDelta === 0,
  );

  const fire = r.breakFires.unsit;
  const card = r.breakFires.floor;
  row(
    'Break fires on a page',
    'page heap growth | minimal card',
    `${kb(fire.heapGrowth)} | ${kb(card.heapGrowth)}`,
    '≤ 300 KB',
    fire.heapGrowth <= 300_000,
  );
  row(
    'Break fires on a page',
    'card frame’s own heap, in the extension process | minimal card',
    `${kb(fire.frameHeap)} | ${kb(card.frameHeap)}`,
  );
  row(
    'Break fires on a page',
    'DOM nodes added | minimal card',
    `${num(fire.nodesAdded, 0)} | ${num(card.nodesAdded, 0)}`,
  );
  row(
    'Break fires on a page',
    'main-thread script time in the page | minimal card',
    `${ms(fire.scriptMs)} | ${ms(card.scriptMs)}`,
    '≤ 10 ms',
    fire.scriptMs <= 10,
  );
  row(
    'Break fires on a page',
    'reminder alarm → card visible | minimal card',
    `${ms(fire.alarmToVisibleMs)} | ${ms(card.alarmToVisibleMs)}`,
    '≤ 150 ms',
    fire.alarmToVisibleMs <= 150,
  );
  row('Break fires on a page', 'alarm delivered after its scheduled time by', ms(fire.alarmLateMs));

  memoryRows(r.memory, row);

  const pop = r.popupPage;
  const within = (a, b) => (a !== null && b !== null ? a <= 1.5 * b : false);
  const ratio = pop.popup.interactiveMs / pop.blank.interactiveMs;
  row(
    'Popup as a page',
    'first contentful paint: popup | empty page',
    `${ms(pop.popup.firstPaintMs)} | ${ms(pop.blank.firstPaintMs)}`,
  );
  row(
    'Popup as a page',
    '"2-minute routine" interactive: popup | empty',
    `${ms(pop.popup.interactiveMs)} | ${ms(pop.blank.interactiveMs)} (${num(ratio, 2)}×)`,
    '≤ 1.5× empty',
    within(pop.popup.interactiveMs, pop.blank.interactiveMs),
  );
  row(
    'Popup as a page',
    'JS heap: popup | empty page',
    `${kb(pop.popup.heap)} | ${kb(pop.blank.heap)}`,
  );

  const sw = r.serviceWorker;
  row(
    'Service worker',
    'cold start → first request answered: Unsit | floor',
    `${ms(sw.unsit.coldMs)} | ${ms(sw.floor.coldMs)}`,
  );
  row(
    'Service worker',
    'warm request: Unsit | floor',
    `${ms(sw.unsit.warmMs)} | ${ms(sw.floor.warmMs)}`,
  );
  row('Service worker', 'JS heap: Unsit | floor', `${kb(sw.unsit.heap)} | ${kb(sw.floor.heap)}`);

  const day = r.workday;
  row(
    'Workday (simulated)',
    'wake-ups per hour while active (alarms)',
    `${num(day.wakeups.activePerHour)} (max ${day.wakeups.activeMaxPerMinute} in a minute)`,
    '≤ 1 a minute',
    day.wakeups.activeMaxPerMinute <= 1,
  );
  row(
    'Workday (simulated)',
    'wake-ups while idle or locked, beyond absence ends',
    `${day.wakeups.awayBeyondAbsenceEnd} (${num(day.wakeups.awayPerHour)}/h in all)`,
    '0',
    day.wakeups.awayBeyondAbsenceEnd === 0,
  );
  row(
    'Workday (simulated)',
    'storage.local writes per hour: active | away',
    `${num(day.storageWrites.localActivePerHour)} | ${num(day.storageWrites.localAwayPerHour)}`,
  );
  row(
    'Workday (simulated)',
    'largest reminder error vs ideal',
    day.reminders.maxErrorMs === null
      ? `${day.reminders.count}/${day.reminders.expectedCount} reminders`
      : `${num(day.reminders.maxErrorMs / 1000, 0)} s`,
    '≤ 60 s',
    day.reminders.maxErrorMs !== null && day.reminders.maxErrorMs <= 60_000,
  );
  row(
    'Workday (simulated)',
    'sitting time error vs ground truth',
    `${num(day.sitting.errorMin)} min (${num(day.sitting.measuredMin)} of ${day.sitting.groundTruthMin})`,
    '≤ 1 min',
    day.sitting.errorMin <= 1,
  );
  return lines;
}

function table(lines) {
  const head = { section: 'Section', what: 'Measure', value: 'Median', goal: 'Goal', pass: '' };
  const mark = (l) => (l.pass === null ? '' : l.pass ? '✓' : '✗');
  const all = [head, ...lines];
  const width = (key) =>
    Math.max(...all.map((l) => String(key === 'pass' ? mark(l) : l[key]).length));
  const pad = (text, w) => text + ' '.repeat(Math.max(0, w - [...text].length));
  const w = {
    section: width('section'),
    what: width('what'),
    value: width('value'),
    goal: width('goal'),
  };
  const line = (l, isHead) =>
    `${pad(l.section, w.section)}  ${pad(l.what, w.what)}  ${pad(l.value, w.value)}  ${pad(l.goal, w.goal)}  ${isHead ? '' : mark(l)}`.trimEnd();
  return [
    line(head, true),
    '-'.repeat(w.section + w.what + w.value + w.goal + 10),
    ...lines.map((l) => line(l, false)),
  ].join('\n');
}

// ------------------------------------------------------------------ main

const MEMORY_HELPERS = {
  launch,
  until,
  sleep,
  median,
  log,
  withWorkerSession,
  metricsAfterGc,
  profileDir: () => mkdtempSync(join(temp, 'profile-')),
};

const started = Date.now();
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  popupRuns: POPUP_RUNS,
  chromium: execFileSync(CHROMIUM, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim(),
  node: process.version,
};
let server;
try {
  results.build = build();
  server = await startServer();
  // `BENCH_ONLY=memory npm run bench`: the memory section alone, printed, nothing written.
  if (process.env.BENCH_ONLY === 'memory') {
    log(`Memory in the extension process (${MEMORY_RUNS} paired runs)…`);
    results.memory = await memory(MEMORY_HELPERS, results.build, server);
    const lines = [];
    memoryRows(results.memory, (section, what, value, goal = '', pass = null) =>
      lines.push({ section, what, value, goal, pass }),
    );
    console.log(table(lines));
    const { runs, ...figures } = results.memory;
    console.log(JSON.stringify(figures));
    server.close();
    rmSync(temp, { recursive: true, force: true });
    process.exit(0);
  }
  // `BENCH_ONLY=worker npm run bench`: the service worker alone, printed, nothing written.
  if (process.env.BENCH_ONLY === 'worker') {
    log(`Service worker cold start and heap, beside a minimal worker (${RUNS} runs)…`);
    const { unsit, floor } = await serviceWorker(results.build);
    console.log(JSON.stringify({ unsit, floor, ratio: unsit.coldMs / floor.coldMs }));
    process.exit(0);
  }
  log(`Page while no break is due (${RUNS} runs, with and without Unsit)…`);
  if (process.env.BENCH_ONLY !== 'break') results.idlePage = await idlePage(results.build, server);
  log(`A break fires on a page (${RUNS} runs)…`);
  results.breakFires = await breakFires(results.build, server);
  // `BENCH_ONLY=break npm run bench`: this part alone, printed, nothing written (for development).
  if (process.env.BENCH_ONLY === 'break') {
    console.log(
      JSON.stringify({ unsit: results.breakFires.unsit, floor: results.breakFires.floor }),
    );
    process.exit(0);
  }
  log(`Popup as a page beside a blank extension page (${POPUP_RUNS} runs)…`);
  results.popupPage = await popupPage(results.build);
  log(`Service worker cold start and heap, beside a minimal worker (${RUNS} runs)…`);
  results.serviceWorker = await serviceWorker(results.build);
  log(`Memory in the extension process (${MEMORY_RUNS} paired runs)…`);
  results.memory = await memory(MEMORY_HELPERS, results.build, server);
  log('Simulated workday…');
  results.workday = workday();
  results.table = rows(results);
  results.seconds = Math.round((Date.now() - started) / 1000);
  const { prod, e2e, floor, cardFloor, memoryFloor, blankPage, ...sizes } = results.build;
  writeFileSync(RESULTS, `${JSON.stringify({ ...results, build: sizes }, null, 2)}\n`);
  console.log(
    `\nUnsit bench — ${results.chromium}, headless, median of ${RUNS} runs (popup ${POPUP_RUNS}), ${results.seconds} s\n`,
  );
  console.log(table(results.table));
  console.log(`\nKB = 1000 bytes; gz = gzip -9 per file, summed. Results: ${RESULTS}`);
  const misses = results.table.filter((l) => l.pass === false).length;
  if (misses > 0) console.log(`${misses} figure(s) miss their goal.`);
} finally {
  server?.close();
  rmSync(temp, { recursive: true, force: true });
}
