import { describe, expect, it } from 'vitest';
import { APP_MAIN_FRAME, startTestMainProcess } from '../../scripts/support/main-process';

describe('taxonomy channels over IPC', () => {
  it('searches with a kind and a limit', async () => {
    const main = startTestMainProcess();
    const result = await main.dispatch('taxonomy.search', APP_MAIN_FRAME, { query: 'seo', kind: 'skill', limit: 3 });
    if (!result.ok) throw new Error(result.error.message);
    const { results } = result.value as { results: Array<{ label: string; kind: string; tier: string }> };
    expect(results[0]).toMatchObject({ label: 'search engine optimisation', kind: 'skill', tier: 'exact' });
    expect(results.length).toBeLessThanOrEqual(3);
  });

  it('creates a target from an occupation through the store’s commands, then makes it active', async () => {
    const main = startTestMainProcess();
    const found = await main.dispatch('taxonomy.search', APP_MAIN_FRAME, {
      query: 'product manager',
      kind: 'occupation',
      limit: 1,
    });
    if (!found.ok) throw new Error(found.error.message);
    const [occupation] = (found.value as { results: Array<{ conceptId: string }> }).results;
    const draft = await main.dispatch('taxonomy.targetDraft', APP_MAIN_FRAME, { occupationId: occupation?.conceptId });
    if (!draft.ok) throw new Error(draft.error.message);
    const { target, pace } = draft.value as { target: { id: string; skills: unknown[] }; pace: string };
    expect(pace).toBe('normal');

    // The user adds a skill the occupation lacks before saving.
    const extra = { skill: { label: 'Agile project management', conceptId: null }, importance: 'essential' as const };
    const added = await main.dispatch('profile.execute', APP_MAIN_FRAME, {
      command: { type: 'target.add', target: { ...target, skills: [...target.skills, extra] } },
    });
    expect(added.ok).toBe(true);
    const active = await main.dispatch('profile.execute', APP_MAIN_FRAME, {
      command: { type: 'target.setActive', id: target.id },
    });
    expect(active).toMatchObject({ ok: true, value: { profile: { activeTargetId: target.id } } });
    expect(await main.dispatch('profile.undo', APP_MAIN_FRAME, {})).toMatchObject({
      ok: true,
      value: { profile: { activeTargetId: null } },
    });
  });

  it('drafts a target as a recruiter reads it: core essential, secondary optional, the rest listed apart', async () => {
    const main = startTestMainProcess();
    const found = await main.dispatch('taxonomy.search', APP_MAIN_FRAME, {
      query: 'data analyst',
      kind: 'occupation',
      limit: 1,
    });
    if (!found.ok) throw new Error(found.error.message);
    const [occupation] = (found.value as { results: Array<{ conceptId: string }> }).results;
    const described = await main.dispatch('taxonomy.occupation', APP_MAIN_FRAME, { conceptId: occupation?.conceptId });
    if (!described.ok) throw new Error(described.error.message);
    const tiers = (
      described.value as {
        occupation: {
          core: Array<{ label: string }>;
          secondary: unknown[];
          alsoNamed: Array<{ conceptId: string }>;
          role: { id: string } | null;
        };
      }
    ).occupation;
    expect(tiers.core.map((skill) => skill.label)).toContain('SQL');
    expect(tiers.role?.id).toBe('data-analyst');
    expect(tiers.alsoNamed.length).toBeGreaterThan(0);

    const draft = await main.dispatch('taxonomy.targetDraft', APP_MAIN_FRAME, { occupationId: occupation?.conceptId });
    if (!draft.ok) throw new Error(draft.error.message);
    const { target, alsoNamed, role, pace } = draft.value as {
      target: { skills: Array<{ skill: { conceptId: string | null }; importance: string }> };
      alsoNamed: Array<{ conceptId: string; label: string }>;
      role: { id: string } | null;
      pace: string;
    };
    expect(role?.id).toBe('data-analyst');
    expect(pace).toBe('fast');
    expect(target.skills.filter((entry) => entry.importance === 'essential')).toHaveLength(tiers.core.length);
    const inTarget = new Set(target.skills.map((entry) => entry.skill.conceptId));
    expect(alsoNamed.some((skill) => inTarget.has(skill.conceptId))).toBe(false);
    expect(alsoNamed.map((skill) => skill.conceptId)).toEqual(tiers.alsoNamed.map((skill) => skill.conceptId));
  });

  it('describes occupations and skills, and says plainly when one is unknown', async () => {
    const main = startTestMainProcess();
    const unknown = await main.dispatch('taxonomy.targetDraft', APP_MAIN_FRAME, {
      occupationId: 'http://data.europa.eu/esco/occupation/nope',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await main.dispatch('taxonomy.skill', APP_MAIN_FRAME, { conceptId: 'sup:tableau' })).toMatchObject({
      ok: true,
      value: { skill: { label: 'Tableau', source: 'tool' } },
    });
    const catalogue = await main.dispatch('taxonomy.catalogue', APP_MAIN_FRAME, { query: 'AZ-900' });
    expect(
      catalogue.ok &&
        (catalogue.value as { certificates: Array<{ provider: { name: string } }> }).certificates[0]?.provider.name,
    ).toBe('Microsoft');
    const teaching = await main.dispatch('taxonomy.certificatesForSkill', APP_MAIN_FRAME, { conceptId: 'sup:tableau' });
    expect(teaching.ok && (teaching.value as { certificates: Array<{ title: string }> }).certificates[0]?.title).toBe(
      'Tableau Desktop Specialist',
    );
    expect(
      await main.dispatch('taxonomy.certificatesForSkill', APP_MAIN_FRAME, { conceptId: 'sup:tableau', limit: 99 }),
    ).toMatchObject({ ok: false });
    const providers = await main.dispatch('taxonomy.providers', APP_MAIN_FRAME, { query: 'Grow with Google' });
    expect(providers.ok && (providers.value as { providers: Array<{ name: string }> }).providers[0]?.name).toBe(
      'Google',
    );
  });
});
