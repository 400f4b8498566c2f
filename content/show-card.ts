/**
 * Puts the reminder card over the page: one `<unsit-overlay>` element whose shadow root holds a
 * dialog in the top layer, and in it an iframe of Unsit's card page (`card.html`, an extension
 * page: its own origin, its own process, its own heap; the page can neither read nor click it).
 *
 * Runs in the page's MAIN world (`scripting.executeScript({ world: 'MAIN', func })`), so no
 * isolated world is created for it, and it is serialised: it may use nothing from outside
 * itself. The page's own scripts share this world and may have patched anything; the function
 * stays small, trusts nothing it receives, and any exception reaches the background, which then
 * uses Unsit's window instead. Returns true once the card is on top.
 *
 * The only things the frame can ask of it (by postMessage, checked to come from that frame) are
 * harmless: a height to fit its content, and closing.
 */
export function showCard(src: string, label: string, lang: string): boolean {
  const tag = 'unsit-overlay';
  // One card at a time: an earlier one closes (giving the keyboard back) and goes.
  for (const old of document.querySelectorAll(tag)) {
    old.dispatchEvent(new Event(tag));
    old.remove();
  }
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const dialog = document.createElement('dialog');
  const frame = document.createElement('iframe');
  // Styles through the CSSOM: a page CSP that forbids style attributes and sheets cannot strip
  // them, and inline !important outranks any page rule aimed at the host.
  host.style.cssText = 'display:block!important;position:static!important';
  dialog.style.cssText =
    'position:fixed;inset:16px 16px auto auto;margin:0;padding:0;border:0;background:none;' +
    'width:min(400px,calc(100vw - 32px));max-width:none;max-height:calc(100vh - 32px);overflow:visible;color-scheme:light dark';
  frame.style.cssText =
    'display:block;width:100%;height:200px;border:0;border-radius:16px;color-scheme:light dark;' +
    'box-shadow:0 12px 40px rgb(0 0 0 / .28)';
  dialog.setAttribute('aria-label', label);
  // The page's own language may differ from Unsit's: screen readers read the label in Unsit's.
  dialog.lang = lang;
  frame.title = label;
  frame.src = src;
  dialog.append(frame);
  root.append(dialog);

  // Where the keyboard was in the page before the user entered the card: it goes back there at
  // the end. (Focus moving into a cross-origin frame carries no relatedTarget.)
  let returnTo = document.activeElement;
  const onFocus = (event: FocusEvent) => {
    if (event.target !== host) returnTo = event.target as Element;
  };
  document.addEventListener('focusin', onFocus, true);
  // Only the frame's own window can be the source of a trusted message event (a page may forge
  // MessageEvents, never trusted ones). Its origin is not compared: Chrome reports the extension's
  // fixed id there, not the per-session one of the frame's address.
  const close = () => {
    removeEventListener('message', onMessage);
    document.removeEventListener('focusin', onFocus, true);
    const hadFocus = document.activeElement === host;
    host.remove();
    if (hadFocus && returnTo instanceof HTMLElement && returnTo.isConnected)
      returnTo.focus({ preventScroll: true });
  };
  // (The page may send this event too: then the card goes as if the page removed it.)
  host.addEventListener(tag, close);
  const onMessage = (event: MessageEvent) => {
    if (!event.isTrusted || event.source !== frame.contentWindow) return;
    const data: unknown = event.data;
    if (data === 'unsit:close') close();
    else if (typeof data === 'number' && data > 0) {
      // Never taller than the viewport (then the card scrolls inside its frame).
      frame.style.height = `min(${Math.ceil(data)}px, calc(100vh - 32px))`;
    }
  };
  addEventListener('message', onMessage);
  // Esc must not silently close a modal dialog: the card decides what Esc means.
  dialog.addEventListener('cancel', (event) => event.preventDefault());

  document.documentElement.append(host);
  if (document.querySelector(':modal')) {
    // The page holds a modal dialog open (everything else is inert): only another modal is usable.
    dialog.showModal();
  } else {
    dialog.popover = 'manual';
    // Showing a dialog focuses it; inert while it is shown, it takes no focus from a user
    // typing in the page.
    dialog.inert = true;
    dialog.showPopover();
    dialog.inert = false;
  }
  return host.isConnected;
}

/** Removes the card from the page (MAIN world too): when its frame never answered. */
export function removeCard(): void {
  for (const old of document.querySelectorAll('unsit-overlay')) {
    old.dispatchEvent(new Event('unsit-overlay'));
    old.remove();
  }
}
