import { afterEach, describe, expect, it, vi } from 'vitest';
import { playerSpeed } from '../../../components/shared/speed';

afterEach(() => vi.unstubAllEnvs());

describe('player speed', () => {
  it('is always 1 outside e2e builds, whatever the URL says', () => {
    expect(playerSpeed('?speed=20')).toBe(1);
  });

  it('reads ?speed=N in e2e builds', () => {
    vi.stubEnv('MODE', 'e2e');
    expect(playerSpeed('?speed=20')).toBe(20);
    expect(playerSpeed('?speed=-3')).toBe(1);
    expect(playerSpeed('')).toBe(1);
  });
});
