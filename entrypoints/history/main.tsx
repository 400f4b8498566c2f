import { render } from 'preact';
import '../../components/theme.css';
import '../../components/shared/ui.css';
import '../../components/history/history.css';
import { HistoryPage } from '../../components/history/History';
import { localisePage } from '../../platform/i18n';

localisePage('history_title');
const app = document.getElementById('app');
if (app) render(<HistoryPage />, app);
