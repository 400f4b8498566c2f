// Is the user in a call, presenting, or watching something? Read from what
// the browser itself can tell: window states, audible tabs, and (only with
// the optional meeting-site permission) the addresses of meeting tabs.
// Pure: background/browser-context.ts gathers the tabs and windows.

/** Web meeting apps held by default; the list is editable in options. */
export const DEFAULT_MEETING_HOSTS: readonly string[] = [
  'meet.google.com',
  'teams.microsoft.com',
  'teams.live.com',
  '*.zoom.us',
  '*.webex.com',
  'whereby.com',
  'meet.jit.si',
];

/** Host-permission patterns for the meeting hosts, to ask for exactly those and no more. */
export function meetingOrigins(hosts: readonly string[]): string[] {
  return hosts.map((host) => `https://${host}/*`);
}

export type TabFacts = { url?: string; audible?: boolean; windowId: number };
export type WindowFacts = { id?: number; state?: string; focused: boolean };

export type BrowserActivity = {
  /** A meeting-site tab that is in a room or making sound. */
  inCall: boolean;
  /** Any browser window fullscreen: presenting, or a fullscreen video. */
  fullscreen: boolean;
  /** A tab in the focused window is playing sound (a video, a call without meeting-site access). */
  mediaInFocusedWindow: boolean;
};

export const noActivity: BrowserActivity = {
  inCall: false,
  fullscreen: false,
  mediaInFocusedWindow: false,
};

export function hostMatches(hostname: string, pattern: string): boolean {
  const host = hostname.toLowerCase();
  const p = pattern.toLowerCase().trim();
  if (p.startsWith('*.')) return host === p.slice(2) || host.endsWith(p.slice(1));
  return host === p;
}

/** Paths that mean "inside a meeting room" for the apps that have recognisable ones. */
function looksLikeRoom(url: URL): boolean {
  const path = url.pathname;
  if (url.hostname === 'meet.google.com') return /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}/.test(path);
  if (url.hostname.endsWith('zoom.us')) return /^\/(wc|j|s)\//.test(path);
  if (url.hostname === 'whereby.com' || url.hostname === 'meet.jit.si')
    return /^\/[^/]+\/?$/.test(path);
  return false;
}

export function readActivity(
  tabs: readonly TabFacts[],
  windows: readonly WindowFacts[],
  meetingHosts: readonly string[],
): BrowserActivity {
  const focusedId = windows.find((w) => w.focused)?.id;
  let inCall = false;
  let mediaInFocusedWindow = false;
  for (const tab of tabs) {
    if (tab.audible && focusedId !== undefined && tab.windowId === focusedId)
      mediaInFocusedWindow = true;
    if (!tab.url) continue;
    let url: URL;
    try {
      url = new URL(tab.url);
    } catch {
      continue;
    }
    if (
      meetingHosts.some((host) => hostMatches(url.hostname, host)) &&
      (tab.audible || looksLikeRoom(url))
    ) {
      inCall = true;
    }
  }
  return {
    inCall,
    fullscreen: windows.some((w) => w.state === 'fullscreen'),
    mediaInFocusedWindow,
  };
}

/** A due reminder waits (badge only) while this is true. */
export function holdsReminder(activity: BrowserActivity): boolean {
  return activity.inCall || activity.fullscreen;
}

/** No input, but still sitting there: in a call, or watching or listening in the focused window. */
export function passivelyPresent(activity: BrowserActivity): boolean {
  return activity.inCall || activity.fullscreen || activity.mediaInFocusedWindow;
}
