// Layout checks for browser tests: text that spills out of its box or is cut off, and a page
// that scrolls sideways.
import type { Frame, Page } from 'playwright-core';

/**
 * Every rendered element whose content is wider than its box (text spilling out, or cut off by
 * overflow or an ellipsis), in a page or in the card's frame; and a document that scrolls
 * sideways. Screen-reader-only boxes (1 px wide on purpose) are left out.
 */
export function overflowing(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement) || el.getClientRects().length === 0) continue;
      if (el.clientWidth <= 1 || el.closest('.u-sr-only, .unsit-visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
        const text = (el.textContent ?? '').trim().slice(0, 50);
        found.push(`${name} (${el.scrollWidth} > ${el.clientWidth}): ${text}`);
      }
    }
    const scroller = document.scrollingElement;
    if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) {
      found.push(
        `the document scrolls sideways (${scroller.scrollWidth} > ${scroller.clientWidth})`,
      );
    }
    return found;
  });
}
