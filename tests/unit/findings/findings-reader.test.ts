import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FindingsUpdate } from '../../../shared/lens/findings-update';
import type { Finding, NextStep } from '../../../shared/lens/result';
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

const step = (key: string): NextStep => ({
  key,
  kind: 'link-used-learning',
  subject: null,
  related: [],
  skills: [],
  text: key,
  why: '',
  findingKeys: [],
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
    const bridge = bridgeWith([() => ({ kind: 'full', revision: 1, findings: [finding('a')], nextSteps: [] })]);
    const reader = createFindingsReader();
    reader.refresh(1);
    await settle();
    bridge.release();
    await settle();
    expect(reader.heldRevision()).toBe(1);

    reader.accept({ kind: 'change', since: 1, revision: 2, added: [finding('b')], removed: ['a'], nextSteps: [] });
    reader.refresh(2);
    await settle();
    expect(bridge.readFindings).toHaveBeenCalledTimes(1);
    expect(reader.get()).toMatchObject({ status: 'ready', version: 2, findings: [{ key: 'b' }] });
  });

  it('keeps the newer findings when a slower read for an older revision comes back after them', async () => {
    const bridge = bridgeWith([() => ({ kind: 'full', revision: 1, findings: [finding('old')], nextSteps: [] })]);
    const reader = createFindingsReader();
    reader.refresh(1);
    await settle();
    reader.accept({ kind: 'full', revision: 2, findings: [finding('new')], nextSteps: [] });
    bridge.release();
    await settle();
    expect(reader.get()).toMatchObject({ version: 2, findings: [{ key: 'new' }] });
  });

  it('leaves a change it cannot apply to the usual read', () => {
    bridgeWith([]);
    const reader = createFindingsReader();
    reader.accept({ kind: 'change', since: 5, revision: 6, added: [], removed: [], nextSteps: [] });
    expect(reader.get()).toEqual({ status: 'loading' });
    expect(reader.heldRevision()).toBeUndefined();
  });

  it('holds the next steps of the newest update, whether read, changed or brought by an edit', async () => {
    const bridge = bridgeWith([
      () => ({ kind: 'full', revision: 1, findings: [finding('a')], nextSteps: [step('first')] }),
      () => ({ kind: 'change', since: 2, revision: 3, added: [], removed: [], nextSteps: [step('third')] }),
    ]);
    const reader = createFindingsReader();
    reader.refresh(1);
    await settle();
    bridge.release();
    await settle();
    expect(reader.get()).toMatchObject({ status: 'ready', nextSteps: [{ key: 'first' }] });

    reader.accept({ kind: 'change', since: 1, revision: 2, added: [], removed: [], nextSteps: [step('second')] });
    expect(reader.get()).toMatchObject({ version: 2, findings: [{ key: 'a' }], nextSteps: [{ key: 'second' }] });

    reader.refresh(3);
    await settle();
    bridge.release();
    await settle();
    expect(reader.get()).toMatchObject({ version: 3, findings: [{ key: 'a' }], nextSteps: [{ key: 'third' }] });
  });
});
