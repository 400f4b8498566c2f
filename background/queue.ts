// The background's one queue: every wake-up (background/engine.ts) and every sync round
// (background/sync.ts) runs through it, one at a time, so two of them can never read the same
// state and overwrite each other.

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it (even failed ones). */
export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}

/** Resolves when every task queued so far has been handled (for tests and shutdown). */
export function settled(): Promise<unknown> {
  return queue;
}
