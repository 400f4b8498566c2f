import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { request } from '../components/api';
import { t, uiLocale } from '../components/i18n';
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
  dialog.setAttribute('aria-label', t('overlay_label'));
  // The page's own language may differ from Unsit's: screen readers read the card in Unsit's.
  dialog.lang = uiLocale();
  shadow.append(dialog);
  document.documentElement.append(host);
  const focus = trapFocus(dialog, shadow);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    observer.disconnect();
    const giveBack = focus.release();
    render(null, dialog);
    host.remove();
    giveBack();
  };

  // A page that removes the card does not get rid of the reminder: Unsit's window takes over.
  const observer = new MutationObserver(() => {
    if (closed || host.isConnected) return;
    closed = true;
    observer.disconnect();
    focus.release();
    void request('overlayRemoved').catch(() => undefined);
  });
  observer.observe(document.documentElement, { childList: true });

  // Esc must not silently close a modal dialog: the flow decides what Esc means.
  dialog.addEventListener('cancel', (event) => event.preventDefault());

  showOnTop(dialog);
  // Focusable itself, so the keyboard can stay in the card when its focused control goes away.
  dialog.tabIndex = -1;
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

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Keyboard focus and the card. The card never takes focus by itself (the user may be typing
 * in the page), but once focus is inside it (a click, Tab, the routine player taking it),
 * Tab and Shift+Tab cycle through the card's controls, and a control that disappears (a
 * choice made, a stage changed) leaves focus on the card rather than on the page's body.
 * `release()` stops all this and returns a function that, after the card is gone, gives focus
 * back to the page element that had it before the user entered the card, if focus was still
 * in the card.
 */
function trapFocus(dialog: HTMLDialogElement, shadow: ShadowRoot): { release: () => () => void } {
  const host = shadow.host;
  let inside = false;
  let returnTo: HTMLElement | null = null;

  const onFocusIn = (event: FocusEvent) => {
    if (inside) return;
    inside = true;
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && from !== host && from.getRootNode() !== shadow) {
      returnTo = from;
    }
  };
  // The user leaves the card by focusing or pressing on the page. (A window losing focus, or
  // a focused control removed or disabled by a re-render, is not leaving.)
  const onPageFocus = (event: FocusEvent) => {
    if (event.target !== host) inside = false;
  };
  const onPagePress = (event: PointerEvent) => {
    if (!event.composedPath().includes(host)) inside = false;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const stops = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (el) => el.getClientRects().length > 0 && !el.closest('[inert]'),
    );
    const current = shadow.activeElement ?? dialog;
    const follows = (el: HTMLElement) =>
      (current.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      !el.contains(current);
    const target = event.shiftKey
      ? (stops.findLast((el) => el !== current && !follows(el)) ?? stops.at(-1))
      : (stops.find(follows) ?? stops[0]);
    (target ?? dialog).focus();
  };
  // A focused control that a re-render removed or disabled drops focus to the page's body:
  // keep it on the card instead.
  const refocus = new MutationObserver(() => {
    if (!inside || shadow.activeElement !== null) return;
    const active = document.activeElement;
    if (active === null || active === document.body) dialog.focus({ preventScroll: true });
  });

  dialog.addEventListener('focusin', onFocusIn);
  dialog.addEventListener('keydown', onKeyDown);
  document.addEventListener('focusin', onPageFocus, true);
  document.addEventListener('pointerdown', onPagePress, true);
  refocus.observe(dialog, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden', 'inert'],
  });

  return {
    release() {
      refocus.disconnect();
      dialog.removeEventListener('focusin', onFocusIn);
      dialog.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onPageFocus, true);
      document.removeEventListener('pointerdown', onPagePress, true);
      const hadFocus = inside;
      return () => {
        if (hadFocus && returnTo?.isConnected) returnTo.focus({ preventScroll: true });
      };
    },
  };
}

function showOnTop(dialog: HTMLDialogElement): void {
  if (document.querySelector(':modal')) {
    dialog.showModal();
    return;
  }
  dialog.setAttribute('popover', 'manual');
  // Showing a dialog focuses it (the dialog focusing steps), which would take the keyboard
  // from a user typing in the page: inert while it is shown, nothing in it can take focus.
  dialog.inert = true;
  try {
    dialog.showPopover();
  } catch {
    dialog.show();
  } finally {
    dialog.inert = false;
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
