import { describe, expect, it } from 'vitest';
import { deviceLabel } from '../../../lib/sync/device-label';

// The name other devices see: browser family and system only, and no words, because the
// device reading it may speak another language.
describe('deviceLabel', () => {
  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      'Chrome · Linux',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
      'Firefox · Windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0',
      'Edge · macOS',
    ],
    ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) Chrome/156.0.0.0', 'Chrome · ChromeOS'],
  ])('%s → %s', (ua, label) => expect(deviceLabel(ua)).toBe(label));

  it('leaves out what it cannot tell', () => {
    expect(deviceLabel('Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0')).toBe('Firefox · Linux');
    expect(deviceLabel('SomeBot/1.0')).toBe('');
  });
});
