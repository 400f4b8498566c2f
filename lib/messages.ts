import type { ClockView } from './clock/view';
import type { Days } from './day-totals';
import type { ManagedKey } from './managed-policy';
import { ROUTINE_KINDS } from './routines/kinds';
import type { RotationCounts } from './routines/rotation';
import type { Settings } from './settings';
import type { DaySummary } from './stats';
import type { AllDevices } from './sync/all-devices';
import { z } from './zod';

// The one message map between the extension's pages (popup, options, break
// window, the card framed into a page) and the background. Each request names its payload
// schema; the background validates every payload against it before acting.

export const MESSAGE_TAG = 'unsit';

/** A break's id: unique per break, so a repeated message is counted once. */
/*@__NO_SIDE_EFFECTS__*/
const breakId = () => z.string().check(z.minLength(8), z.maxLength(64));
/** How long a routine ran; 30 minutes is more than any routine takes. */
/*@__NO_SIDE_EFFECTS__*/
const ranMs = () => z.number().check(z.minimum(0), z.maximum(30 * 60_000));
/*@__NO_SIDE_EFFECTS__*/
const empty = () => z.strictObject({});
/*@__NO_SIDE_EFFECTS__*/
const deviceLabel = () => z.optional(z.string().check(z.maxLength(40)));

// Each schema is built the first time a request of its kind arrives, not when the module loads:
// a worker woken for one request builds one schema, not thirteen (zod schemas are objects
// with closures; built all at once they were a measurable part of the worker's heap and start).
const requestSchemaBuilders = {
  getStatus: empty,
  getSettings: empty,
  /** Which settings the organisation's policy locks (the options page disables them). */
  getManaged: empty,
  /** Whether the user is in a call or presenting: a routine's spoken guidance stays silent then. */
  inMeeting: empty,
  updateSettings: () => z.strictObject({ patch: z.record(z.string(), z.unknown()) }),
  snooze: empty,
  skip: empty,
  pause: () =>
    z.strictObject({
      /** Minutes from now, or until local midnight ("until tomorrow"). */
      for: z.union([z.literal(30), z.literal(60), z.literal('tomorrow')]),
    }),
  resume: empty,
  /** "I'm standing" (true) or "I sat down" (false); saying it again changes nothing. */
  setStanding: () => z.strictObject({ standing: z.boolean() }),
  recordBreak: () =>
    z.strictObject({
      kind: z.enum(['routine', 'acknowledged']),
      /** Fixed for the reminder or the routine run, so a retried message is counted once. */
      id: breakId(),
      /** When the routine began; the background prefers the start it saw itself. */
      startedAt: z.optional(z.number()),
      /** A routine's measure of itself: required for a routine, which counts only when done. */
      work: z.optional(z.strictObject({ workedMs: ranMs(), plannedMs: ranMs(), ranMs: ranMs() })),
      /** Which routine was finished: it moves that kind's rotation on. */
      routine: z.optional(z.enum(ROUTINE_KINDS)),
    }),
  /** A routine left early: counted as partial, with how long it ran. */
  recordPartial: () => z.strictObject({ id: breakId(), ranMs: ranMs() }),
  getDays: empty,
  /**
   * Days from an imported file (the options page parsed it with lib/import.ts);
   * the background checks every day again and merges them with the stored ones.
   */
  importDays: () =>
    z.strictObject({
      days: z.record(z.string(), z.unknown()),
      /** Added to the history (the default), or the history replaced by the file's days. */
      mode: z.optional(z.enum(['merge', 'replace'])),
    }),
  /**
   * Erases the history, the sitting clock and the reminder's progress (settings
   * stay). The literal token guards against a call made by mistake.
   */
  resetData: () => z.strictObject({ confirm: z.literal('reset') }),
  /**
   * "All my devices": this device's opt-in, with its name for the other devices. The options
   * page lists and removes the other devices itself (components/options/device-list.ts).
   */
  setSharing: () =>
    z.strictObject({
      on: z.boolean(),
      label: deviceLabel(),
    }),
} as const;

/** Everything the popup and the reminder card show. */
export type Status = {
  view: ClockView;
  settings: Settings;
  /** The last seven days, oldest first. */
  week: DaySummary[];
  streak: number;
  /** Rotation index for the next routine of each kind (finished routines of that kind). */
  rotation: RotationCounts;
  /** The same figures over all devices; only when this device shares its totals. */
  all?: AllDevices;
};

/** What the options page needs of the organisation's policy: the names it locks. */
export type Managed = {
  locked: ManagedKey[];
  /** Whether this device shares its totals, the policy applied (what a locked box shows). */
  share: boolean;
};

/** The options page's list of devices. */
export type Devices = {
  share: boolean;
  /** This device's name. */
  label: string;
  /** Why the last write to sync storage failed, if it did. */
  error: 'quota' | 'full' | 'unavailable' | null;
  /** The other devices, most recently seen first. */
  devices: { id: string; label: string; seen: number }[];
};

/** What each request answers with. */
export type Responses = {
  getStatus: Status;
  getSettings: Settings;
  getManaged: Managed;
  inMeeting: boolean;
  updateSettings: Status;
  snooze: Status;
  skip: Status;
  pause: Status;
  resume: Status;
  setStanding: Status;
  recordBreak: Status;
  recordPartial: Status;
  getDays: Days;
  importDays: ImportSummary;
  resetData: Status;
  /** Why the write to sync storage failed, if it did. */
  setSharing: Devices['error'];
};

export type ImportSummary = {
  /** Days from the file now in the history (older ones than Unsit keeps are left out). */
  imported: number;
  /** Valid days from the file that Unsit does not keep (older than its history reaches, or in the future). */
  outOfRange: number;
  /** Days in the history after the import. */
  total: number;
};

export type RequestName = keyof typeof requestSchemaBuilders;
type RequestSchema<N extends RequestName> = ReturnType<(typeof requestSchemaBuilders)[N]>;
export type RequestPayload<N extends RequestName> = z.infer<RequestSchema<N>>;

const built = new Map<RequestName, z.ZodMiniType>();

/** The payload schema of one request, built on first use. */
export function requestSchema<N extends RequestName>(name: N): RequestSchema<N> {
  let schema = built.get(name);
  if (!schema) {
    schema = requestSchemaBuilders[name]();
    built.set(name, schema);
  }
  return schema as RequestSchema<N>;
}

const requestNames = Object.keys(requestSchemaBuilders) as [RequestName, ...RequestName[]];

let envelopeSchema: z.ZodMiniType<{ tag: typeof MESSAGE_TAG; name: RequestName; payload: unknown }>;
const envelope = () =>
  (envelopeSchema ??= z.object({
    tag: z.literal(MESSAGE_TAG),
    name: z.enum(requestNames),
    payload: z.unknown(),
  }));

/**
 * Why a request failed, as data: `code` says what kind of failure it is (a page acts on it),
 * `field` names the setting a refused value was for, `error` is the words to show.
 */
export type Failure = {
  /** `locked`: the organisation's policy sets `field`, so the user cannot change it. */
  code: 'refused' | 'invalid' | 'not-saved' | 'locked' | 'failed';
  field?: string;
  error: string;
};

/** A failure thrown as an Error, so it crosses `await` and reaches the page as the same data. */
export class RequestFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.error);
    this.name = 'RequestFailure';
  }
}

export type Reply<T> = { ok: true; data: T } | ({ ok: false } & Failure);

/** Checks an incoming message; the error names what was wrong in plain words. */
export function parseRequest(
  raw: unknown,
): { ok: true; name: RequestName; payload: unknown } | ({ ok: false } & Failure) {
  const parsed = envelope().safeParse(raw);
  if (!parsed.success)
    return { ok: false, code: 'invalid', error: 'Unknown or malformed message.' };
  const { name } = parsed.data;
  const payload = requestSchema(name).safeParse(parsed.data.payload ?? {});
  if (!payload.success) {
    const issue = payload.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    return {
      ok: false,
      code: 'invalid',
      error: `Invalid "${name}" request${where}.`,
    };
  }
  return { ok: true, name, payload: payload.data };
}

/**
 * A page running a routine holds a port open to the background, so a routine
 * cut short by the page closing (a popup loses focus, a tab is closed) is
 * still recorded as partial with how long it ran.
 */
export const ROUTINE_PORT = 'unsit-routine';

const buildRoutinePortSchema = () =>
  z.discriminatedUnion('type', [
    /** The run began: the background notes the time itself, to check the run's end against. */
    z.strictObject({ type: z.literal('start'), id: breakId() }),
    z.strictObject({ type: z.literal('progress'), id: breakId(), ranMs: ranMs() }),
    z.strictObject({ type: z.literal('done'), id: breakId() }),
  ]);
export type RoutinePortMessage = z.infer<ReturnType<typeof buildRoutinePortSchema>>;

let routinePortSchema: ReturnType<typeof buildRoutinePortSchema> | undefined;
/** The routine port's message schema, built when the first routine runs. */
export const routinePortMessageSchema = () => (routinePortSchema ??= buildRoutinePortSchema());
