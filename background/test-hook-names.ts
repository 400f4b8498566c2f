// The names the test build exposes, declared once: background/test-hooks.ts uses them, and
// tests/e2e/production-bundle.e2e.ts checks that the production bundle holds none of them.
// Nothing of Unsit itself imports this file.

/** The global the e2e build puts the test hook on, in the service worker. */
export const TEST_HOOK_GLOBAL = '__unsitTest';
/** Where the test hook keeps its overrides, so they survive the worker being killed. */
export const TEST_STATE_KEY = 'local:unsit-e2e';
