import { render } from 'preact';
import '../../components/theme.css';
import '../../components/player/player.css';
import '../../components/reminder/reminder.css';
import './card.css';
import { browser } from 'wxt/browser';
import { frameCard } from '../../card-in-page/card-frame';
import { BreakFlow } from '../../components/reminder/BreakFlow';
import { gateDecisiveButtons } from '../../components/reminder/trusted';
import type { Status } from '../../lib/messages';
import { localisePage } from '../../platform/i18n';

// The reminder card over a page: this extension page, framed into the site by
// card-in-page/show-card.ts when a break is due (background/overlay.ts).

localisePage('overlay_label');
const app = document.getElementById('app');
if (app) {
  // Nothing shows until the background confirms this is the card it put there: a copy a site
  // frames itself stays empty.
  let opened: { status: Status | null } | null = null;
  let speed = 1;
  const show = () =>
    opened &&
    render(
      <BreakFlow
        start="card"
        initialStatus={opened.status ?? undefined}
        speed={speed}
        offerSpeech={false}
        onClose={frame.close}
      />,
      app,
    );
  const frame = frameCard(app, (status) => {
    // Accepted again after a reconnection: the card already shown stays as it is.
    if (opened) return;
    opened = { status };
    show();
  });
  gateDecisiveButtons(frame.mayAct);
  // Test builds: the speed arrives before anyone can start the routine.
  if (import.meta.env.MODE === 'e2e')
    void testRoutineSpeed().then((value) => {
      speed = value;
      show();
    });
}

/** Test builds only: browser tests run the card's routine faster; always 1 in production. */
async function testRoutineSpeed(): Promise<number> {
  const stored = (await browser.storage.local.get('unsit-e2e'))['unsit-e2e'] as
    | { speed?: unknown }
    | undefined;
  return typeof stored?.speed === 'number' ? stored.speed : 1;
}
