import { render } from 'preact';
import '../../components/theme.css';
import '../../components/shared/ui.css';
import '../../components/player/player.css';
import '../../components/popup/popup.css';
import { Popup } from '../../components/popup/Popup';
import { localisePage } from '../../platform/i18n';

localisePage('ext_name');
const app = document.getElementById('app');
if (app) render(<Popup />, app);
