// Spoken guidance in Firefox: Unsit's window offers it in a stand-up routine, and once accepted
// the player speaks the step through the page's speech synthesis (replaced here by a recorder:
// what was said, in which language), after asking the background whether a call is going on.
import { afterEach, describe, expect, test } from 'vitest';
import { type LaunchedFirefox, launchFirefox } from './harness';
import { send, until } from './support';

type Recorded = typeof globalThis & { __spoken: { text: string; lang: string }[] };

let ff: LaunchedFirefox | undefined;
afterEach(async () => {
  await ff?.close();
  ff = undefined;
});

describe('spoken guidance in Firefox', () => {
  test('"Yes, please" in a stand-up routine speaks the step, in English', async () => {
    ff = await launchFirefox();
    const page = await ff.openExtensionPage('break.html?routine=two-minute');
    await page.waitForSelector('.unsit-player__offer-yes');
    const engine = await page.evaluate(() => {
      const scope = globalThis as Recorded;
      scope.__spoken = [];
      if (typeof speechSynthesis === 'undefined') return 'none';
      // The player looks the method up on the object each time it speaks.
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        scope.__spoken.push({ text: u.text, lang: u.lang });
      };
      speechSynthesis.cancel = () => undefined;
      return 'recording';
    });
    expect(engine).toBe('recording');
    const spoken = () => page.evaluate(() => (globalThis as Recorded).__spoken);
    expect(await spoken()).toEqual([]);
    await page.click('.unsit-player__offer-yes');
    await until('the step to be said', async () => (await spoken()).length > 0);
    const [first] = await spoken();
    expect(first?.text).toMatch(/^Stand up\. Standing quad stretch\. Left leg:/);
    expect(first?.lang).toMatch(/^en/);
    const pressed = await page.$eval('.unsit-player__speech', (b) =>
      b.getAttribute('aria-pressed'),
    );
    expect(pressed).toBe('true');
    const settings = await send(page, 'getSettings');
    expect((settings.data as { speech: string }).speech).toBe('on');
    expect((await send(page, 'inMeeting')).data).toBe(false);
  });
});
