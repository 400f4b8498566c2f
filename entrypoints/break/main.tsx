import { render } from 'preact';
import '../../components/theme.css';
import '../../components/player/player.css';
import '../../components/reminder/reminder.css';
import './break.css';
import { BreakFlow } from '../../components/reminder/BreakFlow';
import { startFromQuery } from '../../components/reminder/launch-options';
import { playerSpeed } from '../../components/shared/speed';
import { localisePage } from '../../platform/i18n';

// Unsit's own small window: the reminder card and routine where no page
// overlay can be shown, and the routine started from a notification.

localisePage('break_page_title');
const app = document.getElementById('app');
if (app) {
  render(
    <BreakFlow
      start={startFromQuery(location.search)}
      speed={playerSpeed()}
      onClose={() => window.close()}
      focusOnOpen
    />,
    app,
  );
}
