import { z } from 'zod';

// The one message map between the extension's pages (popup, options, break
// window, page overlay) and the background. Each request names its payload
// schema; the background validates every payload against it before acting.

export const MESSAGE_TAG = 'unsit';

export const requestSchemas = {
  getStatus: z.object({}).strict(),
  getSettings: z.object({}).strict(),
  updateSettings: z.object({ patch: z.record(z.string(), z.unknown()) }).strict(),
  snooze: z.object({}).strict(),
  skip: z.object({}).strict(),
  pause: z
    .object({
      /** Minutes from now, or until local midnight ("until tomorrow"). */
      for: z.union([z.literal(30), z.literal(60), z.literal('tomorrow')]),
    })
    .strict(),
  resume: z.object({}).strict(),
  recordBreak: z
    .object({
      kind: z.enum(['routine', 'acknowledged']),
      /** Unique per break, so a repeated message is counted once. */
      id: z.string().min(8).max(64),
      /** When the routine began; the background clamps it to a sane range. */
      startedAt: z.number().finite().optional(),
    })
    .strict(),
  getDays: z.object({}).strict(),
} as const;

export type RequestName = keyof typeof requestSchemas;
export type RequestPayload<N extends RequestName> = z.infer<(typeof requestSchemas)[N]>;

export const envelopeSchema = z.object({
  tag: z.literal(MESSAGE_TAG),
  name: z.enum(Object.keys(requestSchemas) as [RequestName, ...RequestName[]]),
  payload: z.unknown(),
});

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Checks an incoming message; the error names what was wrong in plain words. */
export function parseRequest(
  raw: unknown,
): { ok: true; name: RequestName; payload: unknown } | { ok: false; error: string } {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, error: 'Unknown or malformed message.' };
  const { name } = envelope.data;
  const payload = requestSchemas[name].safeParse(envelope.data.payload ?? {});
  if (!payload.success) {
    const issue = payload.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    return {
      ok: false,
      error: `Invalid "${name}" request${where}: ${issue?.message ?? 'bad payload'}.`,
    };
  }
  return { ok: true, name, payload: payload.data };
}
