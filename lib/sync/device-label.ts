// A device's name in the list of devices: "Chrome · Linux". Only the browser family (from the
// user agent) and the operating system (as the browser reports it: platform/this-device.ts),
// nothing that tells one machine of a kind from another; the list adds when each was last
// seen. No words: the name is published to the user's other devices, which may speak another
// language.

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

/** The operating systems `runtime.getPlatformInfo()` names, as people write them. */
const SYSTEMS: Record<string, string> = {
  win: 'Windows',
  mac: 'macOS',
  linux: 'Linux',
  cros: 'ChromeOS',
  android: 'Android',
  ios: 'iOS',
  openbsd: 'OpenBSD',
  fuchsia: 'Fuchsia',
};

export function deviceLabel(userAgent: string, os: string): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? '';
  const system = Object.hasOwn(SYSTEMS, os) ? SYSTEMS[os] : '';
  return [browser, system].filter(Boolean).join(' · ');
}
