import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Unsit',
    description:
      'Breaks up long sitting: sit-too-long reminders, a one-click 2-minute routine and honest break stats.',
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
  },
});
