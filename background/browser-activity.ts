import { browser } from 'wxt/browser';
import { type BrowserActivity, noActivity, readActivity, type TabFacts } from '../lib/meetings';
import type { Settings } from '../lib/settings';

type TabsSeam = (tabs: TabFacts[]) => Promise<TabFacts[]>;
let adjustTabs: TabsSeam = async (tabs) => tabs;

/**
 * Test builds only: headless Chromium has no audio output, so it never marks
 * a tab audible; browser tests mark one through this seam instead.
 */
export function useTabFacts(adjust: TabsSeam): void {
  adjustTabs = adjust;
}

/**
 * What the browser is doing right now. Tab addresses are visible only where
 * the user granted site access (all sites, or just the meeting sites);
 * without it this works in a reduced mode from window states and audible
 * tabs alone. Nothing read here is stored or leaves the machine.
 */
export async function browserActivity(settings: Settings): Promise<BrowserActivity> {
  try {
    const [tabs, windows] = await Promise.all([browser.tabs.query({}), browser.windows.getAll()]);
    return readActivity(await adjustTabs(tabs), windows, settings.meetingHosts);
  } catch {
    return noActivity;
  }
}
