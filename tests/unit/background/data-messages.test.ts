import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../background/messages';
import { settled } from '../../../background/queue';
import { type Days, emptyDay, KEEP_DAYS } from '../../../lib/day-totals';
import type { Reply } from '../../../lib/messages';
import { DAY, dayKey } from '../../../lib/time';
import { installIdleStub } from '../../helpers/idle-stub';

const fromOptions = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});
const OVERLAY_TAB = 7;
/** Unsit's id on a web page's URL: a script of the extension in a page (Unsit injects none). */
const fromPageScript = () => ({
  id: fakeBrowser.runtime.id,
  url: 'https://example.test/article',
  tab: { id: OVERLAY_TAB } as never,
  frameId: 0,
});
const request = (name: string, payload: unknown = {}) => ({ tag: 'unsit', name, payload });

const today = () => dayKey(Date.now());
const daysAgo = (n: number) => dayKey(Date.now() - n * DAY);

async function send<T>(name: string, payload: unknown = {}, sender = fromOptions()) {
  return (await handleMessage(request(name, payload), sender)) as Reply<T>;
}

/** A routine played through: 100 s of working time that ran in the 150 s since it began. */
const routineDone = () => ({
  kind: 'routine',
  id: 'routine-0001',
  startedAt: Date.now() - 150_000,
  work: { workedMs: 100_000, plannedMs: 100_000, ranMs: 120_000 },
});

async function data<T>(name: string, payload: unknown = {}): Promise<T> {
  const reply = await send<T>(name, payload);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

async function storedState() {
  await settled();
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

type Summary = { imported: number; outOfRange: number; total: number };

describe('importing history', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
  });

  it('merges the file’s days and keeps every existing day', async () => {
    const existing: Days = {
      [daysAgo(3)]: { ...emptyDay, routine: 1 },
      [daysAgo(1)]: { ...emptyDay, routine: 4, natural: 1 },
    };
    await fakeBrowser.storage.local.set({ days: existing });
    const incoming = {
      [daysAgo(1)]: { ...emptyDay, routine: 2, natural: 3 },
      [daysAgo(2)]: { ...emptyDay, acknowledged: 2 },
    };
    const summary = await data<Summary>('importDays', { days: incoming });
    expect(summary).toEqual({ imported: 2, outOfRange: 0, total: 3 });
    const days = await data<Days>('getDays');
    expect(days[daysAgo(3)]).toEqual(existing[daysAgo(3)]);
    expect(days[daysAgo(1)]).toMatchObject({ routine: 4, natural: 3 });
    expect(days[daysAgo(2)]).toMatchObject({ acknowledged: 2 });
  });

  it('importing the same file twice changes nothing', async () => {
    const incoming = { [daysAgo(1)]: { ...emptyDay, routine: 2 } };
    await data('importDays', { days: incoming });
    const once = await data<Days>('getDays');
    await data('importDays', { days: incoming });
    expect(await data<Days>('getDays')).toEqual(once);
  });

  it('today’s imported breaks show in the status (badge and popup follow)', async () => {
    await data('getStatus');
    await data('importDays', { days: { [today()]: { ...emptyDay, routine: 3 } } });
    const status = await data<{ view: { breaksToday: number } }>('getStatus');
    expect(status.view.breaksToday).toBe(3);
  });

  it('checks the days again: bad days dropped, bad fields defaulted, old days left out', async () => {
    const summary = await data<Summary>('importDays', {
      days: {
        [daysAgo(1)]: { routine: 2, natural: -4, skipped: 'x' },
        [daysAgo(KEEP_DAYS + 30)]: { routine: 1 },
        [dayKey(Date.now() + 10 * DAY)]: { routine: 1 },
        yesterday: { routine: 9 },
      },
    });
    expect(summary).toEqual({ imported: 1, outOfRange: 2, total: 1 });
    expect(await data<Days>('getDays')).toEqual({ [daysAgo(1)]: { ...emptyDay, routine: 2 } });
  });

  it('leaves out values no day can hold: the popup never shows them', async () => {
    await data('importDays', {
      days: {
        [today()]: { routine: 9_007_199_254_740_991, natural: 2, activeMs: 1e308 },
        [daysAgo(1)]: { acknowledged: 1, longestBoutMs: 90 * DAY, skipped: 1e6 },
      },
    });
    const days = await data<Days>('getDays');
    expect(days[today()]).toMatchObject({ routine: 0, natural: 2, activeMs: 0 });
    expect(days[daysAgo(1)]).toMatchObject({ acknowledged: 1, longestBoutMs: 0, skipped: 0 });
    const status = await data<{ view: { breaksToday: number } }>('getStatus');
    expect(status.view.breaksToday).toBe(2);
  });

  it('replaces the history with the file’s days when asked, undoing an earlier import', async () => {
    const mine = { [daysAgo(1)]: { ...emptyDay, routine: 2 } };
    await data('importDays', { days: mine });
    await data('importDays', { days: { [daysAgo(1)]: { ...emptyDay, routine: 900 } } });
    expect((await data<Days>('getDays'))[daysAgo(1)]?.routine).toBe(900);
    const summary = await data<Summary>('importDays', { days: mine, mode: 'replace' });
    expect(summary).toEqual({ imported: 1, outOfRange: 0, total: 1 });
    expect(await data<Days>('getDays')).toEqual(mine);
    const bad = await send('importDays', { days: mine, mode: 'overwrite' });
    expect(bad.ok).toBe(false);
  });

  it('refuses a payload without a valid day, and changes nothing', async () => {
    await fakeBrowser.storage.local.set({ days: { [daysAgo(1)]: { ...emptyDay, routine: 1 } } });
    await data('getStatus');
    const before = await storedState();
    for (const payload of [{ days: { nope: { routine: 1 } } }, { days: [] }, {}]) {
      const reply = await send('importDays', payload);
      expect(reply.ok).toBe(false);
    }
    const reply = await send('importDays', { days: { nope: {} } });
    expect(reply.ok === false && reply.error).toContain('no valid days');
    expect(await storedState()).toBe(before);
  });
});

describe('deleting all history', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
  });

  it('erases the days, the clock and the reminder’s progress, and keeps settings', async () => {
    await data('updateSettings', { patch: { intervalMin: 45, dailyGoal: 8 } });
    await data('recordBreak', { kind: 'acknowledged', id: 'stood-up-0001' });
    await fakeBrowser.storage.local.set({
      days: { ...(await data<Days>('getDays')), [daysAgo(3)]: { ...emptyDay, routine: 5 } },
      presentation: { firedAt: 1, notifiedAt: 1, cardAt: null, heldSince: null },
    });
    expect(Object.keys(await data<Days>('getDays'))).toHaveLength(2);

    const status = await data<{ view: { breaksToday: number }; streak: number }>('resetData', {
      confirm: 'reset',
    });
    expect(status.view.breaksToday).toBe(0);
    expect(status.streak).toBe(0);
    await settled();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.days ?? {}).toEqual({});
    expect(stored.presentation).toBeUndefined();
    expect(stored.settings).toMatchObject({ intervalMin: 45, dailyGoal: 8 });
    expect(await data<Days>('getDays')).toEqual({});

    // The clock starts again: the break's id is forgotten, so the same id counts anew.
    const again = await data<{ view: { breaksToday: number } }>('recordBreak', {
      kind: 'acknowledged',
      id: 'stood-up-0001',
    });
    expect(again.view.breaksToday).toBe(1);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { confirm: 'yes' }],
    ['a token of the wrong type', { confirm: true }],
  ])('refuses %s with a clear error and no state change', async (_, payload) => {
    await data('recordBreak', routineDone());
    const before = await storedState();
    const reply = await send('resetData', payload);
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toContain('Invalid "resetData" request at "confirm"');
    expect(await storedState()).toBe(before);
  });
});

describe('only Unsit’s own pages change the history', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    installIdleStub();
    // The card is shown in that tab: the page around it still speaks for no one.
    await fakeBrowser.storage.session.set({ 'overlay-card': { tab: OVERLAY_TAB, id: 'card-1' } });
  });

  it.each([
    ['importDays', { days: { '2025-03-05': { routine: 9 } } }],
    ['resetData', { confirm: 'reset' }],
    ['recordBreak', { kind: 'acknowledged', id: 'forged-0001' }],
    ['getStatus', {}],
  ])('a script in the page around the card may not send %s', async (name, payload) => {
    await data('recordBreak', routineDone());
    const before = await storedState();
    const reply = await send(name, payload, fromPageScript());
    expect(reply).toEqual({
      ok: false,
      code: 'refused',
      error: 'Messages are accepted only from Unsit’s own pages.',
    });
    expect(await storedState()).toBe(before);
  });

  it('a web page may not send them either', async () => {
    await data('recordBreak', routineDone());
    const before = await storedState();
    const reply = await handleMessage(request('resetData', { confirm: 'reset' }), {
      id: undefined,
      url: 'https://example.test/',
    });
    expect(reply.ok).toBe(false);
    expect(await storedState()).toBe(before);
  });
});
