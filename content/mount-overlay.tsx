import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '../components/api';
import playerCss from '../components/player/player.css?inline';
import { BreakFlow } from '../components/reminder/BreakFlow';
import reminderCss from '../components/reminder/reminder.css?inline';
import themeCss from '../components/theme.css?inline';
import overlayCss from './overlay.css?inline';

const HOST_TAG = 'unsit-overlay';

/**
 * Mounts the reminder card over the page in a shadow root, in the top
 * layer: a `popover` above any z-index, or a modal dialog when the page has
 * a modal dialog open (which would otherwise make everything else inert).
 */
export async function mountOverlay(ctx: ContentScriptContext): Promise<void> {
  const speed = import.meta.env.MODE === 'e2e' ? await testRoutineSpeed() : 1;
  for (const old of document.querySelectorAll(HOST_TAG)) old.remove();

  const host = document.createElement(HOST_TAG);
  // Open, not closed: closing it would not keep other extensions out, and the
  // real protection is that decisive buttons ignore synthetic clicks.
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, [themeCss, reminderCss, playerCss, overlayCss].join('\n'));

  const dialog = document.createElement('dialog');
  dialog.className = 'unsit-overlay';
  dialog.setAttribute('aria-label', 'Unsit break reminder');
  shadow.append(dialog);
  document.documentElement.append(host);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    observer.disconnect();
    render(null, dialog);
    host.remove();
  };

  // A page that removes the card does not get rid of the reminder: Unsit's window takes over.
  const observer = new MutationObserver(() => {
    if (closed || host.isConnected) return;
    closed = true;
    observer.disconnect();
    void request('overlayRemoved').catch(() => undefined);
  });
  observer.observe(document.documentElement, { childList: true });

  // Esc must not silently close a modal dialog: the flow decides what Esc means.
  dialog.addEventListener('cancel', (event) => event.preventDefault());

  showOnTop(dialog);
  render(
    <BreakFlow
      start="card"
      speed={speed}
      assetUrl={(file) => browser.runtime.getURL(`/moves/${file}` as '/moves/seated-posture.svg')}
      onClose={close}
    />,
    dialog,
  );
  ctx.onInvalidated(close);
}

function showOnTop(dialog: HTMLDialogElement): void {
  if (document.querySelector(':modal')) {
    dialog.showModal();
    return;
  }
  dialog.setAttribute('popover', 'manual');
  try {
    dialog.showPopover();
  } catch {
    dialog.show();
  }
}

/** Constructable stylesheets are not `<style>` elements, so a strict page CSP cannot strip them. */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

/** Test builds only: browser tests run the overlay's routine faster. */
async function testRoutineSpeed(): Promise<number> {
  const stored = (await browser.storage.local.get('unsit-e2e'))['unsit-e2e'] as
    | { speed?: unknown }
    | undefined;
  return typeof stored?.speed === 'number' ? stored.speed : 1;
}
