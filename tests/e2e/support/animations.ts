import type { Frame, Page } from 'playwright-core';

/**
 * Waits until the page's transitions and other ending animations are over, so that a picture,
 * a contrast check or a measurement sees the final look. Two frames first, for transitions that a
 * colour-scheme or state change has just started; then every running animation that ends
 * (looping pictures never do). An animation cancelled meanwhile (a transition replaced by
 * another) rejects its `finished`: that is not an error, and its replacement is waited for by
 * the next round.
 */
export async function animationsSettled(page: Page | Frame): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
    await frame();
    await frame();
    for (;;) {
      const ending = document
        .getAnimations()
        .filter(
          (a) =>
            a.playState === 'running' &&
            Number.isFinite(a.effect?.getComputedTiming().endTime ?? Number.POSITIVE_INFINITY),
        );
      if (ending.length === 0) return;
      await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
      await frame();
    }
  });
}
