// The memory section of `npm run bench`: what Unsit keeps in the extension's own process,
// beside a do-nothing MV3 extension (the floor: a manifest and an empty service worker),
// paired launch by launch in the same run. Method: bench/README.md, "Memory".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionFlags, QUIET_CHROMIUM_FLAGS } from '../scripts/chromium-flags.mjs';

/** Paired launches (each: the floor, Unsit's production build, Unsit's test build). */
export const MEMORY_RUNS = Math.max(1, Number(process.env.BENCH_MEMORY_RUNS ?? 3));
/** How long the card may take to give its memory back after it closes. */
const RELEASE_MS = 60_000;
/** Released: the process is back within this of where it was before the break fired. */
const RELEASE_SLACK = 250_000;
const MB = 1_000_000;

/** The floor: an MV3 extension that does nothing, plus the empty page the bench compares pages with. */
export function writeMemoryFloor(dir, blank) {
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Floor',
      version: '1',
      background: { service_worker: 'sw.js' },
    }),
  );
  writeFileSync(join(dir, 'sw.js'), '');
  for (const [name, text] of Object.entries(blank)) writeFileSync(join(dir, name), text);
}

/**
 * Private memory (Private_Clean + Private_Dirty of /proc/PID/smaps_rollup, bytes) of the
 * extension's renderer: the one Chromium starts with `--extension-process` (only one extension
 * is loaded, so it is the worker's, its pages' and any card frame's process). CDP
 * SystemInfo.getProcessInfo lists the browser's processes; the command line tells which.
 */
export async function extensionProcessMemory(context) {
  const cdp = await context.browser().newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    let bytes = 0;
    let count = 0;
    for (const { id, type } of processInfo) {
      if (type !== 'renderer') continue;
      let args;
      try {
        // Chromium rewrites its processes' titles: the arguments come space-separated.
        args = readFileSync(`/proc/${id}/cmdline`, 'utf8').split(/[\0 ]/);
      } catch {
        continue; // gone meanwhile
      }
      if (!args.includes('--extension-process')) continue;
      const rollup = readFileSync(`/proc/${id}/smaps_rollup`, 'utf8');
      for (const field of ['Private_Clean', 'Private_Dirty']) {
        const match = rollup.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
        bytes += Number(match?.[1] ?? 0) * 1024;
      }
      count++;
    }
    return { bytes, processes: count };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * One paired run. `h` holds run.mjs's helpers: launch, until, sleep, withWorkerSession,
 * metricsAfterGc, log.
 */
async function memoryOnce(h, builds, server) {
  const workerHeap = (browser) =>
    h.withWorkerSession(browser.context, browser.extensionId, async (send) => {
      await send('HeapProfiler.collectGarbage');
      await send('HeapProfiler.collectGarbage');
      return (await send('Runtime.getHeapUsage')).usedSize;
    });
  // Process figures after a full GC in the worker, so that garbage does not count.
  const sample = async (browser) => {
    await workerHeap(browser);
    return (await extensionProcessMemory(browser.context)).bytes;
  };
  const pageHeap = async (browser, path) => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.waitForLoadState('load');
    await h.sleep(500);
    const heap = (await h.metricsAfterGc(cdp)).JSHeapUsedSize;
    await page.close();
    return heap;
  };
  const pagesHeap = async (browser, paths) => {
    const out = {};
    for (const path of paths) out[path] = await pageHeap(browser, path);
    return out;
  };
  /** Install, onboarding closed (launch does it), a page opened and closed: the steady state. */
  const steady = async (browser) => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await h.sleep(1000);
    await page.close();
    await h.sleep(1000);
    return { processBytes: await sample(browser), workerHeap: await workerHeap(browser) };
  };

  // The floor: the same steps, its own empty page for the pages' figure.
  const floor = await h.launch(builds.memoryFloor);
  let floorRun;
  try {
    floorRun = await steady(floor);
    floorRun.blankHeap = (await pagesHeap(floor, [builds.blankPage]))[builds.blankPage];
    // What any extension page leaves in the process once it has been open (Blink's and V8's
    // per-process set-up for pages, kept while the process lives): the floor for "after onboarding".
    await h.sleep(1000);
    floorRun.afterPageBytes = await sample(floor);
  } finally {
    await floor.close();
  }

  // Unsit as users install it: steady state, then its popup beside the same empty page.
  const prod = await h.launch(builds.prod);
  let prodRun;
  try {
    prodRun = await steady(prod);
    const heaps = await pagesHeap(prod, ['popup.html', builds.blankPage]);
    prodRun.popupHeap = heaps['popup.html'];
    prodRun.blankHeap = heaps[builds.blankPage];
  } finally {
    await prod.close();
  }

  // A break on a page needs the test build (its hook makes the reminder fall due in seconds,
  // and it may script 127.0.0.1): growth when the card shows, how much is back a minute after
  // it closes, then the steady state with the page's tab closed.
  const test = await h.launch(builds.e2e);
  let breakRun;
  try {
    const stoodUp = (f) => f.getByRole('button', { name: 'I stood up' });
    const { page, before, shown, target } = await fireBreak(h, test, server, sample, stoodUp);
    await target.click();
    await h.until('the card to close', async () =>
      page.frames().every((f) => !/^chrome-extension:/.test(f.url()) || f.isDetached()),
    );
    const closedAt = Date.now();
    let after = await sample(test);
    while (after - before > RELEASE_SLACK && Date.now() - closedAt < RELEASE_MS) {
      await h.sleep(5000);
      after = await sample(test);
    }
    const releasedMs = after - before <= RELEASE_SLACK ? Date.now() - closedAt : null;
    await page.close();
    await h.sleep(1000);
    breakRun = {
      growth: shown - before,
      leftAfter: after - before,
      releasedMs,
      processBytes: await sample(test),
      workerHeap: await workerHeap(test),
    };
  } finally {
    await test.close();
  }

  // The floor for that growth: the same test build and steps with a card page that is only a
  // heading (no script), so what any framed extension page costs the process shows apart from
  // what Unsit's card adds. That card never reports itself seen, so Unsit's window would replace
  // it 4 s later: the sample is taken before, and a run where a window opened anyway is dropped.
  const bare = await h.launch(builds.cardFloor);
  try {
    const { shown, before } = await fireBreak(h, bare, server, sample, (f) =>
      f.getByRole('heading'),
    );
    const windowOpened = bare.context
      .pages()
      .some((p) => /^chrome-extension:\/\/[^/]+\/break\.html/.test(p.url()));
    breakRun.headingOnlyGrowth = windowOpened ? null : shown - before;
  } finally {
    await bare.close();
  }
  return { floor: floorRun, prod: prodRun, afterBreak: breakRun };
}

/**
 * Makes a reminder fall due on a page of `server` in `browser` (a test build) and waits until the
 * locator `visibleIn(frame)` of the card frame is visible (returned as `target`). Samples the
 * process before, and 1 s after with the real settings back (so that no second reminder falls
 * due meanwhile).
 */
async function fireBreak(h, browser, server, sample, visibleIn) {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.bringToFront();
  await h.sleep(1000);
  const before = await sample(browser);
  const worker = await browser.worker();
  const view = await worker.evaluate(() => globalThis.__unsitTest.poll());
  await worker.evaluate((s) => globalThis.__unsitTest.overrideSettings(s), {
    intervalMin: (view.boutMs + 2000) / 60_000,
    escalateAfterMin: 0,
  });
  const target = await h.until(
    'the card over the page',
    async () => {
      for (const f of page.frames()) {
        if (!/^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url())) continue;
        const locator = visibleIn(f);
        if (await locator.isVisible().catch(() => false)) return locator;
      }
      return null;
    },
    20_000,
  );
  await (await browser.worker()).evaluate((s) => globalThis.__unsitTest.overrideSettings(s), {});
  await h.sleep(1000);
  return { page, before, shown: await sample(browser), target };
}

export async function memory(h, builds, server) {
  const runs = [];
  for (let i = 0; i < MEMORY_RUNS; i++) {
    const one = await memoryOnce(h, builds, server);
    runs.push(one);
    h.log(`  memory run ${i + 1}: ${JSON.stringify(one)}`);
  }
  h.log('  the production build again, with no debugger attached to its worker (100 s)…');
  const free = await unattached(builds.prod, h.profileDir());
  h.log(`  unattached: ${JSON.stringify(free)}`);
  const pick = (fn) => h.median(runs.map(fn));
  const released = runs.filter((r) => r.afterBreak.releasedMs !== null).length;
  return {
    runs,
    unattached: free,
    floor: {
      processBytes: pick((r) => r.floor.processBytes),
      afterPageOverFloor: pick((r) => r.floor.afterPageBytes - r.floor.processBytes),
      workerHeap: pick((r) => r.floor.workerHeap),
    },
    prod: {
      processBytes: pick((r) => r.prod.processBytes),
      processOverFloor: pick((r) => r.prod.processBytes - r.floor.processBytes),
      workerHeap: pick((r) => r.prod.workerHeap),
      popupHeap: pick((r) => r.prod.popupHeap),
      blankHeap: pick((r) => r.prod.blankHeap),
      popupOverBlank: pick((r) => r.prod.popupHeap - r.prod.blankHeap),
    },
    afterBreak: {
      processBytes: pick((r) => r.afterBreak.processBytes),
      processOverFloor: pick((r) => r.afterBreak.processBytes - r.floor.processBytes),
      workerHeap: pick((r) => r.afterBreak.workerHeap),
      growth: pick((r) => r.afterBreak.growth),
      headingOnlyGrowth: pick((r) => r.afterBreak.headingOnlyGrowth),
      leftAfter: pick((r) => r.afterBreak.leftAfter),
      releasedMs: pick((r) => r.afterBreak.releasedMs ?? Number.POSITIVE_INFINITY),
      released,
    },
  };
}

const mb = (bytes) =>
  bytes === null || !Number.isFinite(bytes) ? '–' : `${(bytes / MB).toFixed(2)} MB`;

/** The table rows (run.mjs's `row(section, what, value, goal, pass)`). */
export function memoryRows(m, row) {
  const s = 'Memory (extension process)';
  row(
    s,
    'private memory over the floor, steady state after a break (test build) | production build, no break',
    `${mb(m.afterBreak.processOverFloor)} | ${mb(m.prod.processOverFloor)} (floor ${mb(m.floor.processBytes)})`,
    '≤ +1.50 MB',
    m.afterBreak.processOverFloor <= 1.5 * MB && m.prod.processOverFloor <= 1.5 * MB,
  );
  row(
    s,
    'the floor after one empty extension page was opened and closed, over the floor',
    mb(m.floor.afterPageOverFloor),
  );
  unattachedRows(m.unattached, m.floor.processBytes, row);
  row(
    s,
    'service-worker JS heap: production | after a break (test build) | floor',
    `${mb(m.prod.workerHeap)} | ${mb(m.afterBreak.workerHeap)} | ${mb(m.floor.workerHeap)}`,
    '≤ 0.50 MB',
    m.prod.workerHeap <= 0.5 * MB,
  );
  row(
    s,
    'popup page JS heap over an empty extension page',
    `${mb(m.prod.popupOverBlank)} (${mb(m.prod.popupHeap)} vs ${mb(m.prod.blankHeap)})`,
    '≤ 0.20 MB',
    m.prod.popupOverBlank <= 0.2 * MB,
  );
  row(
    s,
    'growth when a break fires (card shown) | heading-only card | left a minute after it closes',
    `${mb(m.afterBreak.growth)} | ${mb(m.afterBreak.headingOnlyGrowth)} | ${mb(m.afterBreak.leftAfter)} (${m.afterBreak.released}/${m.runs.length} runs back within ${mb(RELEASE_SLACK)})`,
    '≤ 1.00 MB, released ≤ 60 s',
    m.afterBreak.growth <= 1 * MB && m.afterBreak.released * 2 > m.runs.length,
  );
}

/**
 * The same build with no debugger attached to its worker (Playwright attaches to every worker,
 * and Chromium never stops an attached worker for being idle, so the process above lives on):
 * Chromium driven over --remote-debugging-pipe on the browser target alone. After onboarding is
 * closed, samples the extension process every 2 s for `ms`: when it first exits (the worker
 * stopped, idle) and its private memory while it lives again (the next alarm's wake-up).
 */
export async function unattached(dir, userDataDir, ms = 100_000) {
  const { spawn } = await import('node:child_process');
  const child = spawn(
    process.env.CHROME_PATH ?? '/usr/bin/chromium',
    [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${userDataDir}`,
      ...extensionFlags(dir),
      ...QUIET_CHROMIUM_FLAGS,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  let buffer = '';
  let lastId = 0;
  const pending = new Map();
  fromBrowser.on('data', (data) => {
    buffer += data;
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id) pending.get(message.id)?.(message);
    }
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
      toBrowser.write(`${JSON.stringify({ id, method, params })}\0`);
    });
  const context = {
    browser: () => ({ newBrowserCDPSession: async () => ({ send, detach: async () => {} }) }),
  };
  const sleep = (t) => new Promise((done) => setTimeout(done, t));
  try {
    let onboarding = null;
    for (let i = 0; i < 100 && !onboarding; i++) {
      await sleep(100);
      const { targetInfos } = await send('Target.getTargets');
      onboarding = targetInfos.find((t) => t.url.endsWith('/onboarding.html'));
    }
    await sleep(1500);
    if (onboarding) await send('Target.closeTarget', { targetId: onboarding.targetId });
    const closedAt = Date.now();
    let exitedAfterMs = null;
    const awake = [];
    while (Date.now() - closedAt < ms) {
      await sleep(2000);
      const { bytes, processes } = await extensionProcessMemory(context);
      if (processes === 0 && exitedAfterMs === null) exitedAfterMs = Date.now() - closedAt;
      else if (processes > 0 && exitedAfterMs !== null) awake.push(bytes);
    }
    awake.sort((a, b) => a - b);
    return {
      exitedAfterMs,
      awakeShare: awake.length / Math.round((ms - (exitedAfterMs ?? ms)) / 2000 || 1),
      awakeBytes: awake.length ? awake[awake.length >> 1] : null,
    };
  } finally {
    child.kill();
  }
}

/** Rows for the unattached figures. */
export function unattachedRows(u, floorBytes, row) {
  const s = 'Memory (extension process)';
  row(
    s,
    'no debugger attached: process exits after onboarding closes | alive again at the next wake-up, over the floor',
    `after ${u.exitedAfterMs === null ? '–' : `${Math.round(u.exitedAfterMs / 1000)} s`} | ${mb(u.awakeBytes === null ? null : u.awakeBytes - floorBytes)} (alive ${Math.round(u.awakeShare * 100)}% of the time)`,
  );
}
