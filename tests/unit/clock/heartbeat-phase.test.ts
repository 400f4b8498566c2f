import { describe, expect, it } from 'vitest';
import { heartbeatPhase, inPhase } from '../../../lib/clock/schedule';
import { MINUTE, SECOND } from '../../../lib/time';

const NOW = 1_780_000_000_000;

describe('the heartbeat in step with the reminder', () => {
  it('puts a beat exactly on the reminder, the first one within a period from now', () => {
    const reminder = NOW + 17 * MINUTE + 20 * SECOND;
    const first = heartbeatPhase(NOW, reminder, MINUTE);
    expect(first).toBe(NOW + 20 * SECOND);
    expect((reminder - (first ?? 0)) % MINUTE === 0).toBe(true);
  });

  it('fires at the reminder itself when it is less than a period away, and now when it is due', () => {
    expect(heartbeatPhase(NOW, NOW + 12 * SECOND, MINUTE)).toBe(NOW + 12 * SECOND);
    expect(heartbeatPhase(NOW, NOW + MINUTE, MINUTE)).toBe(NOW + MINUTE);
    expect(heartbeatPhase(NOW, NOW - SECOND, MINUTE)).toBe(NOW);
    expect(heartbeatPhase(NOW, null, MINUTE)).toBeNull();
  });

  it('keeps an alarm already in step (within a second) and replaces one out of step', () => {
    const phase = NOW + 20 * SECOND;
    expect(inPhase(phase + 3 * MINUTE, phase, MINUTE)).toBe(true);
    expect(inPhase(phase - 400, phase, MINUTE)).toBe(true);
    expect(inPhase(phase + 30 * SECOND, phase, MINUTE)).toBe(false);
  });
});
