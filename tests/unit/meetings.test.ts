import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEETING_HOSTS,
  holdsReminder,
  hostMatches,
  meetingOrigins,
  passivelyPresent,
  readActivity,
} from '../../lib/meetings';

const focused = { id: 1, state: 'normal', focused: true };
const other = { id: 2, state: 'normal', focused: false };

describe('reading what the browser is doing', () => {
  it('matches host patterns exactly or by subdomain wildcard', () => {
    expect(hostMatches('us02web.zoom.us', '*.zoom.us')).toBe(true);
    expect(hostMatches('zoom.us', '*.zoom.us')).toBe(true);
    expect(hostMatches('notzoom.us', '*.zoom.us')).toBe(false);
    expect(hostMatches('meet.google.com', 'meet.google.com')).toBe(true);
    expect(hostMatches('evil-meet.google.com.example', 'meet.google.com')).toBe(false);
  });

  it('asks only for the meeting sites when it asks for addresses', () => {
    expect(meetingOrigins(['meet.google.com', '*.zoom.us'])).toEqual([
      'https://meet.google.com/*',
      'https://*.zoom.us/*',
    ]);
  });

  it('sees a call in a meeting room, or on a meeting site that makes sound', () => {
    const room = [{ url: 'https://meet.google.com/abc-defg-hij', windowId: 2 }];
    expect(readActivity(room, [focused, other], DEFAULT_MEETING_HOSTS).inCall).toBe(true);
    const lobby = [{ url: 'https://meet.google.com/landing', windowId: 2 }];
    expect(readActivity(lobby, [focused, other], DEFAULT_MEETING_HOSTS).inCall).toBe(false);
    const teams = [{ url: 'https://teams.microsoft.com/v2/', audible: true, windowId: 2 }];
    expect(readActivity(teams, [focused, other], DEFAULT_MEETING_HOSTS).inCall).toBe(true);
    const zoom = [{ url: 'https://us02web.zoom.us/wc/123/join', windowId: 1 }];
    expect(readActivity(zoom, [focused], DEFAULT_MEETING_HOSTS).inCall).toBe(true);
    // A site the user removed from the list is no meeting.
    expect(readActivity(zoom, [focused], ['meet.google.com']).inCall).toBe(false);
  });

  it('works without addresses (reduced mode): fullscreen windows and audible tabs', () => {
    const audibleHere = [{ audible: true, windowId: 1 }];
    const activity = readActivity(audibleHere, [focused], DEFAULT_MEETING_HOSTS);
    expect(activity).toEqual({ inCall: false, fullscreen: false, mediaInFocusedWindow: true });
    expect(passivelyPresent(activity)).toBe(true);
    expect(holdsReminder(activity)).toBe(false);

    const audibleElsewhere = readActivity([{ audible: true, windowId: 2 }], [focused, other], []);
    expect(passivelyPresent(audibleElsewhere)).toBe(false);

    const presenting = readActivity(
      [],
      [focused, { id: 2, state: 'fullscreen', focused: false }],
      [],
    );
    expect(holdsReminder(presenting)).toBe(true);
    expect(passivelyPresent(presenting)).toBe(true);
  });

  it('ignores tabs with unreadable addresses', () => {
    const tabs = [{ url: 'not a url', audible: true, windowId: 3 }];
    expect(readActivity(tabs, [focused], DEFAULT_MEETING_HOSTS)).toEqual({
      inCall: false,
      fullscreen: false,
      mediaInFocusedWindow: false,
    });
  });
});
