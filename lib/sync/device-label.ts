// A device's name in the list of devices, derived from the browser's user agent: "Chrome ·
// Linux". Only the browser family and the operating system, nothing that tells one machine
// of a kind from another; the list adds when each was last seen. No words: the name is
// published to the user's other devices, which may speak another language.

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/CrOS/, 'ChromeOS'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux|X11/, 'Linux'],
];

const find = (table: [RegExp, string][], ua: string, fallback: string) =>
  table.find(([pattern]) => pattern.test(ua))?.[1] ?? fallback;

export function deviceLabel(userAgent: string): string {
  const browser = find(BROWSERS, userAgent, '');
  const system = find(SYSTEMS, userAgent, '');
  return [browser, system].filter(Boolean).join(' · ');
}
