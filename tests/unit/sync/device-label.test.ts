import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deviceLabel } from '../../../lib/sync/device-label';
import { thisDeviceLabel } from '../../../platform/this-device';

// The name other devices see: browser family and system only, and no words, because the
// device reading it may speak another language.
describe('deviceLabel', () => {
  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      'linux',
      'Chrome · Linux',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
      'win',
      'Firefox · Windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0',
      'mac',
      'Edge · macOS',
    ],
    ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) Chrome/156.0.0.0', 'cros', 'Chrome · ChromeOS'],
  ])('%s on %s → %s', (ua, os, label) => expect(deviceLabel(ua, os)).toBe(label));

  it('takes the system from the browser, not from the user agent', () => {
    // A user agent that claims Windows on a Linux machine (a user-agent override).
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0) Chrome/156.0.0.0', 'linux')).toBe(
      'Chrome · Linux',
    );
  });

  it('leaves out what it cannot tell', () => {
    expect(deviceLabel('Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', '')).toBe('Firefox');
    expect(deviceLabel('SomeBot/1.0', 'toString')).toBe('');
  });
});

describe('thisDeviceLabel', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks the browser for the operating system', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({
      os: 'mac',
      arch: 'arm',
      nacl_arch: 'arm',
    } as Awaited<ReturnType<typeof fakeBrowser.runtime.getPlatformInfo>>);
    expect(await thisDeviceLabel()).toMatch(/ · macOS$|^macOS$/);
  });

  it('names the browser alone when the system cannot be read', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockRejectedValue(new Error('no'));
    expect(await thisDeviceLabel()).not.toMatch(/Linux|Windows|macOS/);
  });
});
