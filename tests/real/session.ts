// One scenario's world: its own X display, its own Chromium with the production build, and
// the user at that display's keyboard. Torn down whatever happens.
import { type Display, startDisplay } from './display';
import { launchUnsit, type Unsit } from './unsit';
import { User } from './user';

export type World = { display: Display; unsit: Unsit; user: User };

export async function inOwnWorld(scenario: (world: World) => Promise<void>): Promise<void> {
  const display = await startDisplay();
  try {
    const unsit = await launchUnsit(display);
    try {
      await scenario({ display, unsit, user: new User(display) });
    } finally {
      await unsit.close();
    }
  } finally {
    await display.stop();
  }
}
