import { render } from 'preact';
import '../../components/theme.css';
import '../../components/shared/ui.css';
import '../../components/player/player.css';
import '../../components/onboarding/onboarding.css';
import { Onboarding } from '../../components/onboarding/Onboarding';
import { localisePage } from '../../platform/i18n';

localisePage('onboarding_title');
const app = document.getElementById('app');
if (app) render(<Onboarding />, app);
