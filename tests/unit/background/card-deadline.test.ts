import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { checkCardDeadline } from '../../../background/overlay';
import { overlayCardItem } from '../../../platform/store';

// A card over a page must be seen by a stored time; the worker that set its timer may be gone
// by then, so every wake-up (and an alarm) looks at the stored deadline.

const NOW = 1_750_000_000_000;

describe('the card’s stored deadline', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  const opened = () => {
    const create = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([] as never);
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    return create;
  };

  it('past and not seen: the card goes and Unsit’s window opens, once', async () => {
    const create = opened();
    await overlayCardItem.setValue({ tab: 7, id: 'a', seenBy: NOW - 1 });
    await Promise.all([checkCardDeadline(NOW), checkCardDeadline(NOW)]);
    expect(await overlayCardItem.getValue()).toBeNull();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('still ahead, or the card seen (no deadline): nothing happens', async () => {
    const create = opened();
    await overlayCardItem.setValue({ tab: 7, id: 'a', seenBy: NOW + 1000 });
    await checkCardDeadline(NOW);
    await overlayCardItem.setValue({ tab: 7, id: 'b', frame: 3 });
    await checkCardDeadline(NOW);
    expect(await overlayCardItem.getValue()).toEqual({ tab: 7, id: 'b', frame: 3 });
    expect(create).not.toHaveBeenCalled();
  });
});
