import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlay } from '../content/mount-overlay';

// Never runs on its own: the background injects it into the current tab only
// when a break is due (registration 'runtime'), so pages carry no Unsit code.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    return mountOverlay(ctx);
  },
});
