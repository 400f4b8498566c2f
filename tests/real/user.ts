// The person at the keyboard: real X input through xdotool (XTEST), which is what the X
// server's idle time, and so Chromium's idle API, sees. Playwright's own input goes through
// DevTools and never reaches X: it leaves the user "idle", so it is used here only where a
// person's hands do not matter (filling in options).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Display } from './display';

const run = promisify(execFile);

const WORDS = ['stand', 'up', 'sit', 'less', 'move', 'more', 'hips', 'glutes', 'walk', 'posture'];

export class User {
  /** When the user last touched the keyboard (after xdotool returned). */
  lastInputAt = 0;
  /** Every input, for the report. */
  readonly inputs: number[] = [];
  private word = 0;

  constructor(private readonly display: Display) {}

  /** Presses keys by their X names (`Return`, `shift`, `a`). */
  async key(...keys: string[]): Promise<void> {
    await run('xdotool', ['key', '--clearmodifiers', ...keys], { env: this.display.env });
    this.noteInput();
  }

  /** Types a short word and a space into whatever has the keyboard focus. */
  async typeWord(): Promise<void> {
    const word = `${WORDS[this.word++ % WORDS.length]} `;
    await run('xdotool', ['type', '--delay', '40', word], { env: this.display.env });
    this.noteInput();
  }

  /**
   * Types a word every `everyMs` (±20 %, as people do) until `stop()` says so; between words the
   * user does nothing at all. Resolves with the time of the last word.
   */
  async typeSteadily(everyMs: number, stop: () => boolean | Promise<boolean>): Promise<number> {
    for (;;) {
      await this.typeWord();
      if (await stop()) return this.lastInputAt;
      const jitter = everyMs * (0.8 + 0.4 * Math.random());
      await new Promise((done) => setTimeout(done, jitter));
      if (await stop()) return this.lastInputAt;
    }
  }

  private noteInput() {
    this.lastInputAt = Date.now();
    this.inputs.push(this.lastInputAt);
  }
}
