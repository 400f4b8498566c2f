import { beforeEach } from 'vitest';
import { useLocale } from '../helpers/fake-i18n';

// Every unit test starts in English, as a browser with an English UI would; a test that
// switches language (useLocale('de')) cannot leak it into the next.
useLocale('en');
beforeEach(() => useLocale('en'));
