import type { Browser } from 'wxt/browser';
import { ROUTINE_PORT, routinePortMessageSchema } from '../lib/messages';
import { SECOND } from '../lib/time';
import { dispatch } from './engine';
import { fromOwnPage } from './messages';

/** Shorter runs are a mis-click, not an attempt: not recorded. */
const MIN_PARTIAL_MS = 5 * SECOND;

/**
 * Watches routines running in extension pages. When a page closes before its
 * routine finished or was stopped, the run is recorded as partial with the
 * last reported progress.
 */
export function watchRoutinePort(port: Browser.runtime.Port): void {
  if (port.name !== ROUTINE_PORT) return;
  let run: { id: string; ranMs: number } | null = null;
  let done = false;
  const trusted = port.sender !== undefined && fromOwnPage(port.sender);
  if (!trusted) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener((raw: unknown) => {
    const parsed = routinePortMessageSchema().safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'start')
      void dispatch((now) => ({ type: 'routine-start', at: now, id: message.id }));
    else if (message.type === 'done') done = true;
    else run = { id: message.id, ranMs: message.ranMs };
  });
  port.onDisconnect.addListener(() => {
    const last = run;
    if (done || last === null || last.ranMs < MIN_PARTIAL_MS) return;
    void dispatch((now) => ({ type: 'partial', at: now, id: last.id, ranMs: last.ranMs }));
  });
}
