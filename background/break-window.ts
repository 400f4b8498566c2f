import { browser } from 'wxt/browser';

// The routine's own small window: used when the routine is started from a
// notification, and wherever the page overlay cannot be shown.

const BREAK_PAGE = '/break.html';

export async function openBreakWindow(query = ''): Promise<void> {
  const url = browser.runtime.getURL(BREAK_PAGE);
  const [existing] = await browser.tabs.query({ url: `${url}*` });
  if (existing?.id !== undefined && existing.windowId !== undefined) {
    await browser.windows.update(existing.windowId, { focused: true });
    if (query) await browser.tabs.update(existing.id, { url: `${url}${query}` });
    return;
  }
  await browser.windows.create({
    url: `${url}${query}`,
    type: 'popup',
    width: 440,
    height: 680,
    focused: true,
  });
}

/** First install: what Unsit does, the safety lines and the site-permission choice. */
export async function openOnboarding(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
}
