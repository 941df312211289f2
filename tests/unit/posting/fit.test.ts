import { describe, expect, it } from 'vitest';
import { postingFits, rankPostingFits } from '../../../shared/posting/fit';
import type { PostingFit } from '../../../shared/posting/posting';
import { PERSONA_NAMES, loadPersona } from '../../support/personas';
import { bundledTaxonomy } from '../../support/taxonomy';
import { UNBACKED_SKILL, postingTarget, workSkills } from '../export/posting-targets';

const NOW = '2026-11-26';

const fit = (targetId: string, title: string, backed: number, total: number): PostingFit => ({
  targetId,
  title,
  company: null,
  essentialBacked: backed,
  essentialTotal: total,
  share: total === 0 ? 0 : backed / total,
});

describe('ranking saved postings by fit', () => {
  it('puts the closest to ready first; on a tie, more essential skills backed, then the title', () => {
    const ranked = rankPostingFits([
      fit('t-half', 'Analyst', 1, 2),
      fit('t-none', 'Buyer', 0, 3),
      fit('t-empty', 'Archivist', 0, 0),
      fit('t-one', 'zoo keeper', 1, 1),
      fit('t-three', 'Clerk', 3, 3),
      fit('t-one-b', 'Baker', 1, 1),
      fit('t-two-of-four', 'Accountant', 2, 4),
    ]);
    expect(ranked.map((entry) => entry.targetId)).toEqual([
      't-three',
      't-one-b',
      't-one',
      't-two-of-four',
      't-half',
      't-empty',
      't-none',
    ]);
  });

  it.each(PERSONA_NAMES.filter((name) => workSkills(loadPersona(name)).length >= 2))(
    'reads each saved posting’s essential skills backed by work, and leaves other targets out (%s)',
    (name) => {
      const persona = loadPersona(name);
      const [first = '', second = ''] = workSkills(persona);
      const profile = {
        ...persona,
        targets: [
          ...persona.targets,
          postingTarget({ id: 'p-none', title: 'Diver', company: 'Reef Ltd', essential: [UNBACKED_SKILL] }),
          postingTarget({ id: 'p-all', title: 'Analyst', company: 'Acme', essential: [first, second] }),
          postingTarget({
            id: 'p-half',
            title: 'Coordinator',
            company: null,
            essential: [first, UNBACKED_SKILL],
            optional: [second],
          }),
        ],
      };
      expect(postingFits(profile, bundledTaxonomy(), NOW)).toEqual([
        { targetId: 'p-all', title: 'Analyst', company: 'Acme', essentialBacked: 2, essentialTotal: 2, share: 1 },
        {
          targetId: 'p-half',
          title: 'Coordinator',
          company: null,
          essentialBacked: 1,
          essentialTotal: 2,
          share: 0.5,
        },
        { targetId: 'p-none', title: 'Diver', company: 'Reef Ltd', essentialBacked: 0, essentialTotal: 1, share: 0 },
      ]);
    },
  );

  it('is empty when no target was made from a posting', () => {
    expect(postingFits(loadPersona('control-strong-analyst'), bundledTaxonomy(), NOW)).toEqual([]);
  });
});
