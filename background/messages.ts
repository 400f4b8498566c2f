import { type Browser, browser } from 'wxt/browser';
import { countedAsBreak } from '../lib/clock/breaks';
import { snoozeAllowed } from '../lib/clock/schedule';
import { type Days, parseDays, pruneDays } from '../lib/day-totals';
import { mergeDays } from '../lib/import';
import {
  applySharePolicy,
  checkAgainstLocks,
  isLocked,
  type Policy,
  SHARE_KEY,
} from '../lib/managed-policy';
import { holdsReminder } from '../lib/meetings';
import {
  parseRequest,
  type Reply,
  RequestFailure,
  type RequestName,
  type RequestPayload,
  type Responses,
  type Status,
} from '../lib/messages';
import type { RoutineKind } from '../lib/routines/kinds';
import { recordFinished } from '../lib/routines/rotation';
import { type Settings, validateSettingsPatch } from '../lib/settings';
import { statusOf } from '../lib/status';
import { DAY, dayKey, MINUTE, startOfNextDay } from '../lib/time';
import { t } from '../platform/i18n';
import {
  clockItem,
  daysItem,
  loadModel,
  loadRotation,
  loadSettings,
  presentationItem,
  rotationItem,
  saveSettings,
} from '../platform/store';
import { browserActivity } from './browser-activity';
import { currentOutcome, dispatch, effectiveSettings, type Outcome } from './engine';
import { queryIdleState } from './idle';
import { readPolicy, withPolicy } from './managed';
import { clearReminderNotification } from './notifications';
import { announceResolved } from './overlay';
import { presence } from './presence';
import { serialised } from './queue';
import { allDevices, loadDevice, noteSettingsEdit, setSharing } from './sync';

// Answers requests from the extension's own pages. Every message is checked
// for where it comes from and what it carries before anything happens; a bad
// one gets a clear error and leaves all state as it was.

type Handlers = {
  [N in RequestName]: (payload: RequestPayload<N>) => Promise<Responses[N]>;
};

/**
 * The status after `outcome`. A read-only request passes the rotation it read beside the wake-up
 * (it cannot change there); after an action it is read afterwards, behind anything queued.
 */
const status = async (
  outcome: Promise<Outcome>,
  rotationRead?: ReturnType<typeof loadRotation>,
): Promise<Status> => {
  const done = await outcome;
  const [all, rotation] = await Promise.all([
    allDevices(done.view, done.model.days, done.settings.dailyGoal),
    rotationRead ?? loadRotation(),
  ]);
  return { ...statusOf({ ...done, rotation }), ...(all ? { all } : {}) };
};

/** A finished routine moves its kind's rotation on (once per id, in the background's queue). */
const advanceRotation = (kind: RoutineKind, id: string): Promise<void> =>
  serialised(async () => {
    const before = await loadRotation();
    const after = recordFinished(before, kind, id);
    if (after !== before) await rotationItem.setValue(after);
  });

/** Imported days Unsit would keep: not older than its history reaches, not after tomorrow. */
function inRange(days: Days, now: number): Days {
  const latest = dayKey(now + DAY);
  const kept = pruneDays(days, now);
  for (const key of Object.keys(kept)) if (key > latest) delete kept[key];
  return kept;
}

/** Refuses a change to what the organisation's policy locks, naming the setting. */
const lockedFailure = (field: string) =>
  new RequestFailure({ code: 'locked', field, error: t('managed_locked_error') });

/**
 * The stored settings, with the fields the update names as the user saw them: an unlocked
 * value of the organisation's is a default, and the user's edit of such a field is their choice
 * (stamped, so it wins over the policy) even when it is Unsit's own default, which the stored
 * value already holds. Other fields, and locked ones, stay as stored.
 */
async function asSeen(
  stored: Settings,
  policy: Policy,
  patch: Record<string, unknown>,
): Promise<Settings> {
  const shown = await withPolicy(stored, policy);
  const seen: Record<string, unknown> = { ...stored };
  for (const key of Object.keys(patch)) {
    if (Object.hasOwn(shown, key) && !isLocked(policy, key as keyof Settings)) {
      seen[key] = shown[key as keyof Settings];
    }
  }
  return seen as Settings;
}

/**
 * An update without its locked settings (which may only repeat their values), validated
 * against the stored ones: the user's own choices stay as they are under a lock, and return
 * when the organisation lifts it.
 */
async function checkedUpdate(before: Settings, policy: Policy, patch: Record<string, unknown>) {
  const locks = checkAgainstLocks(policy, await withPolicy(before, policy), patch);
  if ('refused' in locks) throw lockedFailure(locks.refused);
  return validateSettingsPatch(before, locks.patch, t);
}

const handlers: Handlers = {
  getStatus: () => status(currentOutcome(), loadRotation()),
  getSettings: () => effectiveSettings(),
  getManaged: async () => {
    const [policy, device] = await Promise.all([readPolicy(), loadDevice()]);
    return { locked: [...policy.locked], share: applySharePolicy(device, policy) };
  },
  getDays: async () => (await loadModel()).days,
  // Read afresh each time: a call can begin during a routine. Silent whatever "hold reminders in
  // meetings" says: that setting is about reminders, and nobody wants a voice in their call.
  inMeeting: async () => holdsReminder(await browserActivity(await effectiveSettings())),
  updateSettings: async ({ patch }) => {
    const result = await serialised(async () => {
      const [before, policy] = await Promise.all([loadSettings(), readPolicy()]);
      const checked = await checkedUpdate(before, policy, patch);
      if (checked.ok) {
        await saveSettings(checked.settings);
        // Stamped and mirrored to sync storage in the next batch.
        await noteSettingsEdit(await asSeen(before, policy, patch), checked.settings, Date.now());
      }
      return checked;
    });
    if (!result.ok) {
      const [field, message] = Object.entries(result.errors)[0] ?? ['settings', 'invalid'];
      throw new RequestFailure({ code: 'not-saved', field, error: message });
    }
    return status(dispatch((now) => ({ type: 'tick', at: now })));
  },
  snooze: async () => {
    const { clock } = await loadModel();
    if (!snoozeAllowed(clock.reminder, await effectiveSettings())) {
      throw new Error(t('error_too_many_snoozes', `${clock.reminder.snoozesInRow}`));
    }
    return status(dispatch((now) => ({ type: 'snooze', at: now })));
  },

  skip: () => status(dispatch((now) => ({ type: 'skip', at: now }))),
  pause: (payload) =>
    status(
      dispatch((now) => ({
        type: 'pause',
        at: now,
        until: payload.for === 'tomorrow' ? startOfNextDay(now) : now + payload.for * MINUTE,
      })),
    ),
  resume: () => status(dispatch((now) => ({ type: 'resume', at: now }))),
  setStanding: ({ standing }) =>
    status(dispatch((now) => ({ type: standing ? 'stand' : 'sit', at: now }))),
  recordBreak: async ({ kind, id, startedAt, work, routine }) => {
    if (kind === 'acknowledged')
      return status(dispatch((now) => ({ type: 'break', at: now, kind, id })));
    if (work === undefined) throw new Error('A routine break needs its "work".');
    const outcome = dispatch((now) => ({
      type: 'break',
      at: now,
      kind,
      id,
      work,
      // A routine longer than 30 minutes is not a thing: clamp what a page claims.
      startedAt: Math.min(now, Math.max(now - 30 * MINUTE, startedAt ?? now)),
    }));
    // Only a routine that counted as a break moves its kind's rotation on.
    const done = await outcome;
    if (routine !== undefined && countedAsBreak(done.before, done.model, id))
      await advanceRotation(routine, id);
    return status(outcome);
  },
  importDays: async (payload) => {
    // The page parsed the file already; what arrives is checked again like stored data.
    const incoming = parseDays(payload.days);
    const count = Object.keys(incoming).length;
    if (count === 0) throw new Error(t('error_import_nothing'));
    const summary = await serialised(async () => {
      const now = Date.now();
      const kept = inRange(incoming, now);
      // Replacing is how an import that went wrong is undone without deleting everything.
      const merged =
        payload.mode === 'replace'
          ? kept
          : pruneDays(mergeDays((await loadModel()).days, kept), now);
      await daysItem.setValue(merged);
      const imported = Object.keys(kept).length;
      return { imported, outOfRange: count - imported, total: Object.keys(merged).length };
    });
    // The badge, the popup and the streak follow the merged history at once.
    await dispatch((now) => ({ type: 'tick', at: now }));
    return summary;
  },
  resetData: async () => {
    await serialised(async () => {
      await Promise.all([
        daysItem.removeValue(),
        clockItem.removeValue(),
        presentationItem.removeValue(),
        rotationItem.removeValue(),
      ]);
      // A reminder that was showing belongs to the erased clock.
      await clearReminderNotification();
      await announceResolved();
    });
    // Start again as on a fresh start of the browser: the current activity opens a new clock.
    return status(
      dispatch(async (now, settings) => ({
        type: 'startup',
        at: now,
        state: await presence(await queryIdleState(), settings),
      })),
    );
  },
  setSharing: async ({ on, label }) => {
    // Naming the device stays the user's; switching sharing is not, under a lock.
    const policy = await readPolicy();
    if (isLocked(policy, SHARE_KEY) && on !== (policy.share ?? false))
      throw lockedFailure(SHARE_KEY);
    return (await setSharing(on, Date.now(), label)).error;
  },
  recordPartial: ({ id, ranMs }) =>
    status(dispatch((now) => ({ type: 'partial', at: now, id, ranMs }))),
};

/**
 * Whether a message comes from one of the extension's own pages (the card framed into a site is
 * one too: its own origin, out of the site's reach). Web pages, content scripts and other
 * extensions are no one.
 */
export function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

export async function handleMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply<unknown>> {
  if (!fromOwnPage(sender))
    return {
      ok: false,
      code: 'refused',
      error: 'Messages are accepted only from Unsit’s own pages.',
    };
  const request = parseRequest(message);
  if (!request.ok) return request;
  const handler = handlers[request.name] as (payload: unknown) => Promise<unknown>;
  try {
    return { ok: true, data: await handler(request.payload) };
  } catch (error) {
    if (error instanceof RequestFailure) return { ok: false, ...error.failure };
    return {
      ok: false,
      code: 'failed',
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
