import { render } from 'preact';
import '../../components/theme.css';
import '../../components/shared/ui.css';
import '../../components/options/options.css';
import { Options } from '../../components/options/Options';
import { localisePage } from '../../platform/i18n';

localisePage('options_title');
const app = document.getElementById('app');
if (app) render(<Options />, app);
