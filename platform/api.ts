import { browser } from 'wxt/browser';
import {
  MESSAGE_TAG,
  type Reply,
  RequestFailure,
  type RequestName,
  type RequestPayload,
  type Responses,
} from '../lib/messages';
import { t } from './i18n';

/**
 * Sends one typed request to the background and returns its answer, or throws an Error whose
 * message can be shown to the user as it is: the background's own failure is a
 * `RequestFailure` carrying its code and field.
 */
export async function request<N extends RequestName>(
  name: N,
  // Requests whose payload has no required field may leave it out.
  ...[payload]: RequestPayload<N> extends Record<string, never>
    ? [RequestPayload<N>?]
    : [RequestPayload<N>]
): Promise<Responses[N]> {
  let reply: Reply<Responses[N]> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({
      tag: MESSAGE_TAG,
      name,
      payload: payload ?? {},
    })) as Reply<Responses[N]> | undefined;
  } catch {
    throw new Error(t('error_background_silent'));
  }
  if (!reply || typeof reply !== 'object') throw new Error(t('error_background_no_answer'));
  if (!reply.ok) {
    const { ok: _, ...failure } = reply;
    throw new RequestFailure(failure);
  }
  return reply.data;
}
