// The flags every Chromium that Unsit's tests and bench launch runs with, in one place so the
// e2e tests, the real-input suite and the bench measure the same browser.

/** No sandbox (containers), no GPU, and nothing that reaches for the (closed) network. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these Chromium floods the closed network with connection attempts.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Loads one unpacked extension, and no other. */
export const extensionFlags = (dir) => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
];
