import { describe, expect, it } from 'vitest';
import { foldFindings } from '../../../shared/lens/cards';
import type { Finding, FindingCode, Severity } from '../../../shared/lens/result';
import { FIRST_CARDS, groupCards, nextShown } from '../../../renderer/src/findings/card-groups';

const finding = (code: FindingCode, subject: string | null, severity: Severity, dismissed = false): Finding => ({
  key: `${code}:${subject ?? 'profile'}`,
  code,
  severity,
  subject,
  message: `${code} on ${subject ?? 'the profile'}`,
  why: '',
  action: '',
  dismissed: dismissed ? { reason: '', at: '2025-01-01T00:00:00.000Z' } : null,
});

describe('grouping the panel’s cards by kind', () => {
  it('puts each card under its lead finding’s kind, information apart, the most telling group first', () => {
    const cards = foldFindings([
      finding('CERT_UNAPPLIED', 'c1', 'warning'),
      finding('CERT_UNKNOWN_PROVIDER', 'c1', 'info'),
      finding('CERT_UNAPPLIED', 'c2', 'warning'),
      finding('CERT_STALE', 'c3', 'suggestion'),
      finding('CERT_UNKNOWN_PROVIDER', 'c4', 'info'),
      finding('PROFILE_CAREER_CHANGE', null, 'info'),
    ]);
    const { worth, info } = groupCards(cards);
    expect(worth.map((group) => [group.code, group.cards.map((card) => card.key)])).toEqual([
      ['CERT_UNAPPLIED', ['c1', 'c2']],
      ['CERT_STALE', ['c3']],
    ]);
    // c1's unknown provider is a line on its card, not a card of its own.
    expect(info.map((group) => [group.code, group.cards.map((card) => card.key)])).toEqual([
      ['CERT_UNKNOWN_PROVIDER', ['c4']],
      ['PROFILE_CAREER_CHANGE', ['PROFILE_CAREER_CHANGE:profile']],
    ]);
  });

  it('marks a group by its most serious card', () => {
    const cards = foldFindings([
      finding('CERT_UNAPPLIED', 'c1', 'suggestion'),
      finding('CERT_UNAPPLIED', 'c2', 'warning'),
    ]);
    expect(groupCards(cards).worth).toMatchObject([{ code: 'CERT_UNAPPLIED', severity: 'warning' }]);
  });

  it('leaves out cards led by a dismissed finding', () => {
    const cards = foldFindings([finding('CERT_UNAPPLIED', 'c1', 'warning', true)]);
    expect(groupCards(cards)).toEqual({ worth: [], info: [] });
  });

  it('shows a few cards first, then more a page at a time, never past the end', () => {
    expect(FIRST_CARDS).toBe(3);
    expect(nextShown(FIRST_CARDS, 12)).toBe(12);
    expect(nextShown(FIRST_CARDS, 900)).toBe(23);
    expect(nextShown(23, 900)).toBe(43);
  });
});
