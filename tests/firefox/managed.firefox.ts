// An organisation's policy in Firefox (lib/managed-policy.ts), read by the real browser: Firefox
// on Linux takes managed storage for an extension from a native manifest in
// `$HOME/.mozilla/managed-storage/<gecko id>.json` (README, "For organisations"). The test
// starts firefox-esr with a home folder of its own holding one, so nothing outside a temporary
// folder is written. Locked settings show as set by the organisation and cannot be changed,
// also by a page that sends the change anyway; an unlocked value is only a default.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { GECKO_ID, type LaunchedFirefox, launchFirefox } from './harness';
import { send, until } from './support';

let ff: LaunchedFirefox | undefined;
let home: string | undefined;

afterEach(async () => {
  await ff?.close();
  ff = undefined;
  if (home) await rm(home, { recursive: true, force: true });
  home = undefined;
});

const POLICY = {
  intervalMin: 60,
  workDays: [1, 2, 3, 4, 5],
  dailyGoal: 4,
  shareAcrossDevices: false,
  locked: ['intervalMin', 'workDays', 'shareAcrossDevices'],
};

/** A home folder whose managed-storage manifest gives Unsit `data` as its policy. */
async function homeWithPolicy(data: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'unsit-firefox-home-'));
  await mkdir(join(dir, '.mozilla/managed-storage'), { recursive: true });
  const manifest = { name: GECKO_ID, description: 'Unsit policy', type: 'storage', data };
  await writeFile(
    join(dir, '.mozilla/managed-storage', `${GECKO_ID}.json`),
    JSON.stringify(manifest),
  );
  return dir;
}

describe('an organisation’s policy in Firefox', () => {
  test('a managed-storage manifest locks settings and sets defaults', async () => {
    home = await homeWithPolicy(POLICY);
    ff = await launchFirefox({ home });
    const options = await ff.openExtensionPage('options.html');

    // The browser itself serves the policy to the extension.
    const managed = await options.evaluate(() =>
      (
        globalThis as unknown as { browser: { storage: { managed: { get(): Promise<unknown> } } } }
      ).browser.storage.managed.get(),
    );
    expect(managed).toEqual(POLICY);

    // The page follows the background's copy of the policy, which may land after its first read.
    await until('the organisation’s note', () =>
      options.evaluate(() =>
        document.querySelector('[role="note"]')?.textContent?.includes('Your organisation')
          ? true
          : null,
      ),
    );
    const fields = await until('the locked interval', () =>
      options.evaluate(() => {
        const field = (id: string) => document.getElementById(id) as HTMLInputElement | null;
        const interval = field('intervalMin');
        if (!interval?.disabled) return null;
        const describedBy = (interval.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        const sunday = [...document.querySelectorAll('label')]
          .find((label) => label.textContent?.trim() === 'Sunday')
          ?.querySelector('input');
        return {
          interval: interval.value,
          describedBy,
          workDaysNote: document.getElementById('workDays-locked')?.textContent,
          sundayDisabled: sunday?.matches(':disabled') ?? 'missing',
          shareDisabled: field('share')?.disabled ?? 'missing',
          goal: field('dailyGoal')?.value,
          goalDisabled: field('dailyGoal')?.disabled,
        };
      }),
    );
    expect(fields).toEqual({
      interval: '60',
      describedBy: expect.stringContaining('Set by your organisation'),
      workDaysNote: 'Set by your organisation',
      sundayDisabled: true,
      shareDisabled: true,
      // Unlocked: the organisation's value is the default, and the user may change it.
      goal: '4',
      goalDisabled: false,
    });

    // A page that sends a change to a locked field anyway is refused, by name.
    expect(await send(options, 'updateSettings', { patch: { intervalMin: 20 } })).toMatchObject({
      ok: false,
      code: 'locked',
      field: 'intervalMin',
    });
    // The unlocked default is the user's to change.
    expect(await send(options, 'updateSettings', { patch: { dailyGoal: 6 } })).toMatchObject({
      ok: true,
    });
    expect(await send(options, 'getSettings')).toMatchObject({
      ok: true,
      data: { intervalMin: 60, workDays: [1, 2, 3, 4, 5], dailyGoal: 6 },
    });
  });
});
