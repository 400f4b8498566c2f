import { render } from 'preact';
import '../../components/theme.css';
import '../../components/shared/ui.css';
import '../../components/options/options.css';
import { localisePage } from '../../components/i18n';
import { Options } from '../../components/options/Options';

localisePage('options_title');
const app = document.getElementById('app');
if (app) render(<Options />, app);
