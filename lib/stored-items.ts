// Migrations of stored items, by item and target version. A migration takes
// the value stored under the previous version and returns the next version's
// value; it may assume nothing about its input, because the safe parse that
// follows repairs whatever it could not. Every stored item is at version 1,
// the first released shape, so no migration exists yet: when a shape changes
// incompatibly, bump the item's version in `storedItems` and add the function
// here (tests/unit/migrations.test.ts checks that none is missing). They
// run in order on the first read after an update (platform/stored-item.ts).

export type Migration = (old: unknown) => unknown;

export const storedItems = {
  settings: { key: 'local:settings', version: 1, migrations: {} as Record<number, Migration> },
  clock: { key: 'local:clock', version: 1, migrations: {} as Record<number, Migration> },
  days: { key: 'local:days', version: 1, migrations: {} as Record<number, Migration> },
  presentation: {
    key: 'local:presentation',
    version: 1,
    migrations: {} as Record<number, Migration>,
  },
  /** This device's id, name and "all my devices" opt-in (never synced). */
  device: { key: 'local:device', version: 1, migrations: {} as Record<number, Migration> },
  /** Settings edit times and the state of writes to sync storage. */
  syncState: { key: 'local:sync-state', version: 1, migrations: {} as Record<number, Migration> },
  /** The organisation's policy as managed storage last gave it (background/managed.ts). */
  policy: { key: 'local:policy', version: 1, migrations: {} as Record<number, Migration> },
  /** Finished routines per kind, for each kind's rotation (lib/routines/rotation.ts). */
  rotation: { key: 'local:rotation', version: 1, migrations: {} as Record<number, Migration> },
} as const;
