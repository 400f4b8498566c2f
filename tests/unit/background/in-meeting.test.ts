import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../background/messages';
import { settingsDefaults } from '../../../lib/settings';
import { saveSettings } from '../../../platform/store';
import { installIdleStub } from '../../helpers/idle-stub';

// The player asks the background before it speaks: is a call or a fullscreen window going on?

const fromBreakWindow = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/break.html'),
});
const ask = (payload: unknown = {}) => ({ tag: 'unsit', name: 'inMeeting', payload });

function browserShows(tabs: object[], windows: object[]) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as never);
  vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue(windows as never);
}

describe('inMeeting', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    installIdleStub();
  });

  it('no: nothing of a call going on', async () => {
    browserShows([{ url: 'https://example.test/', windowId: 1 }], [{ id: 1, focused: true }]);
    expect(await handleMessage(ask(), fromBreakWindow())).toEqual({ ok: true, data: false });
  });

  it('yes: a meeting room open (even with "hold reminders in meetings" off)', async () => {
    await saveSettings({ ...settingsDefaults, holdInMeetings: false });
    browserShows(
      [{ url: 'https://meet.google.com/abc-defg-hij', windowId: 2 }],
      [{ id: 1, focused: true }],
    );
    expect(await handleMessage(ask(), fromBreakWindow())).toEqual({ ok: true, data: true });
  });

  it('yes: a window is fullscreen (presenting)', async () => {
    browserShows([], [{ id: 1, focused: false, state: 'fullscreen' }]);
    expect(await handleMessage(ask(), fromBreakWindow())).toEqual({ ok: true, data: true });
  });

  it('refuses a web page, and a payload it does not take', async () => {
    browserShows([], []);
    expect(
      await handleMessage(ask(), { id: undefined, url: 'https://example.test/' }),
    ).toMatchObject({
      ok: false,
      code: 'refused',
    });
    expect(await handleMessage(ask({ tab: 1 }), fromBreakWindow())).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });
});
