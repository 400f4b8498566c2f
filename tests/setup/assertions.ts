import { beforeEach, expect } from 'vitest';

// A test that runs no `expect` passes whatever the code does: make that a failure everywhere.
beforeEach(() => {
  expect.hasAssertions();
});

// Component tests (happy-dom) wait for what the UI shows with Testing Library's findBy* and
// waitFor: on a busy machine a render can take longer than their 1 s default, so they get the
// same generous bound as the rest (a broken UI still fails, later).
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 15_000 });
}
