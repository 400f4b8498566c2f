import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../background/messages';
import { settled } from '../../../background/queue';
import { installIdleStub } from '../../helpers/idle-stub';

const fromPopup = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
});
const request = (name: string, payload: unknown = {}) => ({ tag: 'unsit', name, payload });

async function storedState() {
  await settled();
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('the message handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
  });

  it('answers a valid request from an extension page', async () => {
    const reply = await handleMessage(request('getStatus'), fromPopup());
    expect(reply.ok).toBe(true);
  });

  it.each([
    ['a web page', { id: undefined, url: 'https://example.test/' }],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
    [
      'a content script in a page',
      { id: 'test-extension-id', url: 'https://example.test/', tab: { id: 3 } },
    ],
  ])('rejects a sender that is %s and leaves state untouched', async (_, sender) => {
    await handleMessage(request('getStatus'), fromPopup());
    const before = await storedState();
    const reply = await handleMessage(
      request('recordBreak', { kind: 'routine', id: 'forged-123' }),
      sender as never,
    );
    expect(reply).toEqual({
      ok: false,
      code: 'refused',
      error: expect.stringContaining('only from Unsit'),
    });
    expect(await storedState()).toBe(before);
  });

  it.each([
    ['not an object', 'hello', 'malformed'],
    ['an unknown request', request('selfDestruct'), 'malformed'],
    ['a wrong payload type', request('pause', { for: 45 }), 'Invalid "pause" request'],
    ['an extra field', request('snooze', { minutes: 99 }), 'Invalid "snooze" request'],
    ['a too-short break id', request('recordBreak', { kind: 'routine', id: 'x' }), 'at "id"'],
    [
      'a natural break claimed by a page',
      request('recordBreak', { kind: 'natural', id: 'natural-1234' }),
      'at "kind"',
    ],
  ])('rejects %s with a clear error and no state change', async (_, message, error) => {
    await handleMessage(request('getStatus'), fromPopup());
    const before = await storedState();
    const reply = await handleMessage(message, fromPopup());
    expect(reply.ok === false && reply.code).toBe('invalid');
    expect(reply.ok === false && reply.error).toContain(error);
    expect(await storedState()).toBe(before);
  });

  it('validates settings updates field by field and saves nothing on error', async () => {
    const bad = await handleMessage(
      request('updateSettings', { patch: { intervalMin: 5 } }),
      fromPopup(),
    );
    // A structured failure: the page reads the field and the reason, never parses a sentence.
    expect(bad).toEqual({
      ok: false,
      code: 'not-saved',
      field: 'intervalMin',
      error: expect.any(String),
    });
    expect(bad.ok === false && bad.error).not.toContain('intervalMin');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
    const good = await handleMessage(
      request('updateSettings', { patch: { intervalMin: 45 } }),
      fromPopup(),
    );
    expect(good.ok).toBe(true);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({
      intervalMin: 45,
    });
  });

  it('records a break once even when the message repeats', async () => {
    const message = request('recordBreak', { kind: 'acknowledged', id: 'stood-up-0001' });
    await handleMessage(message, fromPopup());
    const again = await handleMessage(message, fromPopup());
    expect(again.ok).toBe(true);
    const status = await handleMessage(request('getStatus'), fromPopup());
    expect(status.ok && (status.data as { view: { breaksToday: number } }).view.breaksToday).toBe(
      1,
    );
  });
});
