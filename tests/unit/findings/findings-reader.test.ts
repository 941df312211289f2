import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FindingsUpdate } from '../../../shared/lens/findings-update';
import type { Finding } from '../../../shared/lens/result';
import { createFindingsReader } from '../../../renderer/src/findings/findings-reader';

const finding = (key: string): Finding => ({
  key,
  code: 'CERT_UNAPPLIED',
  severity: 'warning',
  subject: null,
  message: key,
  why: '',
  action: '',
  dismissed: null,
});

/** A stand-in for window.throughline.readFindings whose answers the test releases one by one. */
function bridgeWith(answers: Array<() => FindingsUpdate>) {
  const pending: Array<() => void> = [];
  const readFindings = vi.fn(
    () =>
      new Promise<{ ok: true; value: FindingsUpdate }>((resolve) => {
        const next = answers.shift();
        if (next === undefined) throw new Error('no answer queued');
        pending.push(() => resolve({ ok: true, value: next() }));
      }),
  );
  vi.stubGlobal('window', { throughline: { readFindings } });
  return { readFindings, release: () => pending.shift()?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.unstubAllGlobals());

describe('the findings reader', () => {
  it('takes findings that came with an edit, and asks main for nothing more', async () => {
    const bridge = bridgeWith([() => ({ kind: 'full', revision: 1, findings: [finding('a')] })]);
    const reader = createFindingsReader();
    reader.refresh(1);
    await settle();
    bridge.release();
    await settle();
    expect(reader.heldRevision()).toBe(1);

    reader.accept({ kind: 'change', since: 1, revision: 2, added: [finding('b')], removed: ['a'] });
    reader.refresh(2);
    await settle();
    expect(bridge.readFindings).toHaveBeenCalledTimes(1);
    expect(reader.get()).toMatchObject({ status: 'ready', version: 2, findings: [{ key: 'b' }] });
  });

  it('keeps the newer findings when a slower read for an older revision comes back after them', async () => {
    const bridge = bridgeWith([() => ({ kind: 'full', revision: 1, findings: [finding('old')] })]);
    const reader = createFindingsReader();
    reader.refresh(1);
    await settle();
    reader.accept({ kind: 'full', revision: 2, findings: [finding('new')] });
    bridge.release();
    await settle();
    expect(reader.get()).toMatchObject({ version: 2, findings: [{ key: 'new' }] });
  });

  it('leaves a change it cannot apply to the usual read', () => {
    bridgeWith([]);
    const reader = createFindingsReader();
    reader.accept({ kind: 'change', since: 5, revision: 6, added: [], removed: [] });
    expect(reader.get()).toEqual({ status: 'loading' });
    expect(reader.heldRevision()).toBeUndefined();
  });
});
