import { beforeEach, expect } from 'vitest';

// A test that runs no `expect` passes whatever the code does: make that a failure everywhere.
beforeEach(() => {
  expect.hasAssertions();
});
