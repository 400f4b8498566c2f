import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { settingsDefaults } from '../../../lib/settings';
import { loadModel, loadSettings } from '../../../platform/store';

describe('reading stored items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults everything on an empty profile', async () => {
    expect(await loadSettings()).toEqual(settingsDefaults);
    const model = await loadModel();
    expect(model.clock.bout).toBeNull();
    expect(model.days).toEqual({});
  });

  it('repairs corrupt values field by field and keeps the stats', async () => {
    await fakeBrowser.storage.local.set({
      settings: { intervalMin: 'soon', snoozeMin: 10, workDays: 'weekdays' },
      clock: { activity: 'sprinting', bout: { startedAt: -5 }, lastSeenAt: 1_780_000_000_000 },
      days: {
        '2026-05-31': { activeMs: 3_600_000, routine: 2, natural: 'many' },
        'not-a-day': { routine: 9 },
      },
    });
    const settings = await loadSettings();
    expect(settings.intervalMin).toBe(settingsDefaults.intervalMin);
    expect(settings.snoozeMin).toBe(10);
    expect(settings.workDays).toEqual(settingsDefaults.workDays);
    const { clock, days } = await loadModel();
    expect(clock.activity).toBe('idle');
    expect(clock.bout).toBeNull();
    expect(clock.lastSeenAt).toBe(1_780_000_000_000);
    expect(days['2026-05-31']).toMatchObject({ activeMs: 3_600_000, routine: 2, natural: 0 });
    expect(Object.keys(days)).toEqual(['2026-05-31']);
  });

  it('survives values that are not objects at all', async () => {
    await fakeBrowser.storage.local.set({ settings: 42, clock: 'x', days: [1, 2] });
    expect(await loadSettings()).toEqual(settingsDefaults);
    expect((await loadModel()).days).toEqual({});
  });
});
