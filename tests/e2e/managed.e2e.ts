// An organisation's policy (lib/managed-policy.ts). First through the test build's fake managed
// storage: locked settings apply, show as set by the organisation and cannot be changed. Then,
// where the machine lets the test write Chromium's policy folder (root on Linux, as on CI), a
// real Chromium reads a real policy file for a copy of the test build.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  E2E_BUILD_DIR,
  type LaunchedExtension,
  launchExtension,
  openExtensionPage,
} from './harness';
import { send, WAIT_MS, type WithHook } from './support/unsit';

const POLICY_DIR = '/etc/chromium/policies/managed';

let ext: LaunchedExtension | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await ext?.close();
  await ext?.removeProfile();
  ext = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Chromium's id for an unpacked extension without a key: from the hash of its folder's path. */
function unpackedId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** Whether this process may write Chromium's policy folder (creating it if need be). */
async function policyFolderWritable(): Promise<boolean> {
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    const probe = join(POLICY_DIR, `.unsit-probe-${randomUUID()}`);
    await writeFile(probe, '{}');
    await rm(probe);
    return true;
  } catch {
    return false;
  }
}

describe('an organisation’s policy', () => {
  test('locked settings apply, show as set by the organisation, and cannot be changed', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    await worker.evaluate(() =>
      (globalThis as WithHook).__unsitTest.setManaged({
        intervalMin: 60,
        workDays: [1, 2, 3, 4, 5],
        dailyGoal: 4,
        shareAcrossDevices: false,
        locked: ['intervalMin', 'workDays', 'shareAcrossDevices'],
      }),
    );
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html');
    await options.getByRole('note').getByText('Your organisation manages some settings').waitFor();

    const interval = options.getByRole('spinbutton', { name: 'Remind me after sitting for' });
    expect(await interval.inputValue()).toBe('60');
    expect(await interval.isDisabled()).toBe(true);
    // The reason is part of the field's description, read with it.
    const description = await interval.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('Set by your organisation');
    expect(await options.locator('#workDays-locked').textContent()).toBe(
      'Set by your organisation',
    );
    const sunday = options.getByRole('checkbox', { name: 'Sunday' });
    expect(await sunday.isDisabled()).toBe(true);
    expect(await options.getByLabel('Show stats from all my devices').isDisabled()).toBe(true);
    // Unlocked: the organisation's value is the default, and the user may change it.
    const goal = options.getByRole('spinbutton', { name: 'Daily goal' });
    expect(await goal.inputValue()).toBe('4');
    expect(await goal.isDisabled()).toBe(false);

    // A page that sends the change anyway is refused, by name.
    const reply = await send(options, 'updateSettings', { patch: { intervalMin: 20 } });
    expect(reply).toMatchObject({ ok: false, code: 'locked', field: 'intervalMin' });
    const settings = await send(options, 'getSettings');
    expect(settings).toMatchObject({
      ok: true,
      data: { intervalMin: 60, workDays: [1, 2, 3, 4, 5] },
    });

    // The policy lifted: the page follows, and the field is the user's again.
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.setManaged({}));
    await options.reload();
    await options.getByRole('spinbutton', { name: 'Remind me after sitting for' }).waitFor();
    expect(await interval.isDisabled()).toBe(false);
    expect(await options.getByRole('note').count()).toBe(0);
  });

  test('a real Chromium reads a real policy file', async () => {
    if (!(await policyFolderWritable())) {
      console.warn(
        `Skipped the real-policy browser test: ${POLICY_DIR} cannot be written by this user ` +
          '(Chromium reads policies only from there on Linux; run as root, as CI does).',
      );
      return;
    }
    // A copy of the test build in a folder of its own: an id no other Unsit on this machine has,
    // so the policy touches nothing else.
    const dir = await realpath(await mkdtemp(join(tmpdir(), 'unsit-policy-')));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(E2E_BUILD_DIR, dir, { recursive: true });
    const id = unpackedId(dir);
    const file = join(POLICY_DIR, `unsit-e2e-${id}.json`);
    cleanups.push(() => rm(file, { force: true }));
    const policy = { intervalMin: 55, allowFloor: true, locked: ['intervalMin'] };
    await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));

    ext = await launchExtension({ dir });
    expect(ext.extensionId).toBe(id);
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html');
    const managed = await options.evaluate(() => chrome.storage.managed.get());
    expect(managed).toEqual(policy);
    expect(await send(options, 'getManaged')).toMatchObject({
      ok: true,
      data: { locked: ['intervalMin'] },
    });
    const interval = options.getByRole('spinbutton', { name: 'Remind me after sitting for' });
    // The page follows the background's copy of the policy, which may land after the page
    // first read its settings (the browser's first managed read can be slow).
    await expect.poll(() => interval.inputValue(), { timeout: WAIT_MS }).toBe('55');
    expect(await interval.isDisabled()).toBe(true);
    expect(await options.getByLabel(/floor/i).isChecked()).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});
