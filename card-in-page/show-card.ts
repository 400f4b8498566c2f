/**
 * Puts the reminder card over the page: one `<unsit-overlay>` element whose closed shadow root
 * holds a popover dialog in the top layer, and in it an iframe of Unsit's card page (`card.html`,
 * an extension page: its own origin, its own process, its own heap).
 *
 * Runs in the extension's ISOLATED world (`scripting.executeScript({ func })`), not the page's:
 * the page's patches of `attachShadow`, the `src` setter, `showPopover` or `getComputedStyle` do
 * not reach it, and with the shadow root closed no page script can reach the dialog or the frame
 * or read the frame's address. It is serialised: it may use nothing from outside itself.
 *
 * It tells the background, over a port, whether the card is really there to be seen and clicked,
 * checked five times a second: shown in the top layer, nothing of ours hidden, see-through or
 * click-through, the frame whole inside the viewport at its size, and a click at each point of a
 * grid over it would reach it (a page's modal dialog or an inert ancestor makes the card inert,
 * and hit tests skip inert elements like click-through ones; a closed popover is not drawn;
 * outside the viewport nothing is hit: the grid sees all of these); the card frame adds its own view (see card-in-page/card-frame.ts). A card that is not
 * seen within a few seconds gives way to Unsit's window (background/overlay.ts).
 *
 * Returns 'modal' without showing anything when the page holds a modal dialog open: everything
 * outside that dialog is inert, and only a modal card (which takes the keyboard) could be used.
 */
// Types only (erased before the function is serialised). The extension API is `browser` in
// Firefox and `chrome` in Chrome; `unsitCard` is the way to find an earlier card.
type Port = {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
};
type Api = { runtime: { connect(info: { name: string }): Port } };
type World = { browser?: Api; chrome?: Api; unsitCard?: { close(): void } };

export function showCard(src: string, label: string, lang: string): 'shown' | 'modal' {
  // The isolated world keeps its globals for the document's life, out of the page's sight.
  const world = globalThis as unknown as World;
  world.unsitCard?.close();
  // The card's id, after `#` in its address: it names the port.
  const id = src.split('#')[1];
  if (document.querySelector(':modal')) return 'modal';
  const host = document.createElement('unsit-overlay');
  const root = host.attachShadow({ mode: 'closed' });
  const dialog = document.createElement('dialog');
  const frame = document.createElement('iframe');
  // Inline !important outranks every page rule, and `all` resets what the host would inherit
  // (visibility, pointer-events, zoom…): page styles alone cannot hide it. Scripts can restyle the
  // host, which the check below sees.
  host.style.cssText = 'all:initial!important;display:block!important';
  dialog.style.cssText =
    'position:fixed;inset:16px 16px auto auto;margin:0;padding:0;border:0;background:none;' +
    'width:min(400px,calc(100vw - 32px));max-width:none;max-height:calc(100vh - 32px);overflow:visible;color-scheme:light dark';
  let height = 200;
  const size = () => {
    frame.style.height = `min(${height}px, calc(100vh - 32px))`;
  };
  frame.style.cssText =
    'display:block;width:100%;border:0;border-radius:16px;color-scheme:light dark;' +
    'box-shadow:0 12px 40px rgb(0 0 0 / .28)';
  size();
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

  const seen = () => {
    // What hit tests cannot see: a hidden or see-through card.
    for (const el of [host, frame]) {
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || style.opacity !== '1') return false;
    }
    // Zoomed or squeezed below its size.
    const box = frame.getBoundingClientRect();
    const { clientWidth: w, clientHeight: h } = document.documentElement;
    if (box.width < Math.min(300, w - 32) || box.height < Math.min(height, h - 32) - 2)
      return false;
    // A grid over the card, inside its rounded corners.
    for (let i = 0; i < 25; i++) {
      const x = box.left + 8 + ((box.width - 16) * (i % 5)) / 4;
      const y = box.top + 8 + ((box.height - 16) * Math.floor(i / 5)) / 4;
      if (document.elementFromPoint(x, y) !== host) return false;
    }
    return true;
  };

  let port: Port;
  let reported = '';
  const connect = () => {
    const api = world.browser ?? world.chrome;
    port = (api as Api).runtime.connect({ name: `unsit-host#${id}` });
    port.onMessage.addListener((message) => {
      if (message === 'close') close();
      else if (Number(Object(message).height) > 0) {
        height = Math.ceil(Object(message).height);
        size();
      }
    });
    // Chrome drops ports when it stops an idle worker: reconnect (it wakes), tell the state again.
    port.onDisconnect.addListener(() => {
      if (world.unsitCard !== card) return;
      reported = '';
      connect();
    });
  };
  const check = () => {
    const now = !host.isConnected
      ? 'gone'
      : document.visibilityState !== 'visible'
        ? 'away'
        : seen()
          ? 'seen'
          : 'hidden';
    if (now !== reported) {
      reported = now;
      port.postMessage(now);
    }
    if (now === 'gone') close();
  };
  const timer = setInterval(check, 200);
  const close = () => {
    if (world.unsitCard !== card) return;
    world.unsitCard = undefined;
    clearInterval(timer);
    port.disconnect();
    document.removeEventListener('focusin', onFocus, true);
    const hadFocus = document.activeElement === host;
    host.remove();
    if (hadFocus && returnTo instanceof HTMLElement && returnTo.isConnected)
      returnTo.focus({ preventScroll: true });
  };
  const card = { close };
  world.unsitCard = card;
  connect();

  document.documentElement.append(host);
  dialog.popover = 'manual';
  // Shown inert: showing a dialog would take the focus from a user typing in the page.
  dialog.inert = true;
  dialog.showPopover();
  dialog.inert = false;
  check();
  return 'shown';
}

/** Removes the card from the page (run in the isolated world too). */
export function removeCard(): void {
  (globalThis as unknown as { unsitCard?: { close(): void } }).unsitCard?.close();
}
