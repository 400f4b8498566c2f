// `npm start`: production build, then a Chromium/Chrome with the extension loaded in a fresh
// temporary profile. `npm start -- --headless` runs it without a display and with remote
// debugging on port 9222 (for servers and containers).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const extensionDir = join(root, '.output', 'chrome-mv3');
const headless = process.argv.includes('--headless');
const debugPort = 9222;

const manualLoad = `To load it by hand: open chrome://extensions, switch on "Developer mode", click
"Load unpacked" and choose ${extensionDir}`;

// 1. Build (the same command as `npm run build`), through node so it works on Windows too.
const wxtCli = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
const build = spawnSync(process.execPath, [wxtCli, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// 2. Find a browser.
const { LOCALAPPDATA = '', PROGRAMFILES = '' } = process.env;
const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  LOCALAPPDATA && join(LOCALAPPDATA, 'Chromium', 'Application', 'chrome.exe'),
  LOCALAPPDATA && join(LOCALAPPDATA, 'Google', 'Chrome', 'Application', 'chrome.exe'),
  PROGRAMFILES && join(PROGRAMFILES, 'Google', 'Chrome', 'Application', 'chrome.exe'),
  process.env['PROGRAMFILES(X86)'] &&
    join(process.env['PROGRAMFILES(X86)'], 'Google', 'Chrome', 'Application', 'chrome.exe'),
].filter(Boolean);
if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.\n${manualLoad}`);
  process.exit(1);
}
const binary = candidates.find((path) => existsSync(path));
if (!binary) {
  console.error(`No Chromium or Chrome found. Point CHROME_PATH at one, for example
  CHROME_PATH=/path/to/chromium npm start
The extension is built in ${extensionDir}.
${manualLoad}`);
  process.exit(1);
}
if (/google|chrome\.exe$/i.test(binary)) {
  // Branded Chrome 137+ ignores --load-extension (Chromium and Chrome for Testing honour it).
  console.warn(`Note: ${binary} looks like Google Chrome, which ignores --load-extension since
version 137. If Unsit is missing from the toolbar, use Chromium (CHROME_PATH=...) instead.
${manualLoad}`);
}

// 3. Headless or not.
const noDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (noDisplay && !headless) {
  console.error(`No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so no browser window can open.
Run it headless instead, with remote debugging on port ${debugPort}:
  npm start -- --headless`);
  process.exit(1);
}

// 4. Launch in a throwaway profile, removed when the browser exits.
const profile = mkdtempSync(join(tmpdir(), 'unsit-start-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--no-default-browser-check',
];
if (headless) args.push('--headless=new', `--remote-debugging-port=${debugPort}`);
// Chromium refuses to run as root (containers, CI) unless sandboxing is off.
if (process.getuid?.() === 0) args.push('--no-sandbox');
// Headless Chromium accepts a single start URL.
args.push(...(headless ? ['chrome://extensions'] : ['chrome://extensions', 'about:blank']));

const browser = spawn(binary, args, { stdio: ['ignore', 'inherit', 'inherit'] });
console.log(`Started ${binary} with Unsit from ${extensionDir}`);
if (headless) {
  console.log(`Running headless. Attach with:
  - chrome://inspect in another Chrome → Configure… → add localhost:${debugPort}
  - http://127.0.0.1:${debugPort}/json/list (targets, including the service worker)
  - playwright: chromium.connectOverCDP('http://127.0.0.1:${debugPort}')
Press Ctrl+C to stop.`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => browser.kill(signal));
}
browser.on('error', (error) => {
  console.error(`Could not start ${binary}: ${error.message}`);
  rmSync(profile, { recursive: true, force: true });
  process.exit(1);
});
browser.on('exit', (code, signal) => {
  rmSync(profile, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
