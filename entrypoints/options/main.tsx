import { render } from 'preact';
import '../../components/theme.css';
import '../../components/shared/ui.css';
import '../../components/options/options.css';
import { Options } from '../../components/options/Options';

const app = document.getElementById('app');
if (app) render(<Options />, app);
