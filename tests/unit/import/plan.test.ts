import { describe, expect, it } from 'vitest';
import type { LearningSession } from '../../../shared/domain/plan';
import {
  emptyPerson,
  type Certificate,
  type CredentialCheck,
  type Person,
  type Role,
} from '../../../shared/domain/profile';
import { newAward, newCertificate, newRole } from '../../../shared/domain/entries';
import type { DraftEntry, ImportDraft } from '../../../shared/import/draft';
import { ImportChoiceSchema, NO_CHOICE, planImport } from '../../../shared/import/plan';
import { sampleProfile } from '../../../scripts/support/profiles';

function ids() {
  let next = 0;
  return () => `new-${String((next += 1))}`;
}

const role = (overrides: Partial<Role> = {}): Role =>
  newRole({
    id: 'draft:r',
    title: 'Customer Support Lead',
    organization: 'Northwind Software',
    location: 'Leeds, UK',
    start: '2019-03',
    skills: [{ label: 'Zendesk', conceptId: null }],
    highlights: ['Cut first-response time from 9 to 3 hours', 'Trained six new agents'],
    ...overrides,
  });

const certificate = (overrides: Partial<Certificate> = {}): Certificate =>
  newCertificate({
    id: 'draft:c',
    title: 'Google Data Analytics',
    provider: 'Google',
    issued: '2024-02',
    credentialId: 'ABC-123',
    ...overrides,
  });

const check = (overrides: Partial<CredentialCheck>): CredentialCheck => ({
  format: 'open-badges-3',
  status: 'verified',
  expired: false,
  issuerId: 'did:key:z6Mk',
  checkedAt: '2026-11-26T10:00:00.000Z',
  detail: '',
  ...overrides,
});

function draft(entries: DraftEntry[]): ImportDraft {
  return { format: 'json-resume', fileName: 'resume.json', entries, problems: [] };
}

describe('planning an import', () => {
  it('merges a role with the same title, organisation and start, keeping what the user wrote', () => {
    const profile = sampleProfile();
    const plan = planImport(
      profile,
      draft([{ kind: 'role', ref: 'work[0]', place: 'work[0]', problems: [], role: role({ field: 'Support' }) }]),
      NO_CHOICE,
      ids(),
    );
    expect(plan.items).toMatchObject([{ action: 'merge', included: true }]);
    expect(plan.items[0]?.reason).toContain('location');
    expect(plan.items[0]?.reason).toContain('1 highlight');
    const merged = plan.profile.roles[0];
    expect(merged?.id).toBe('role-support');
    expect(merged?.field).toBe('Customer service');
    expect(merged?.location).toBe('Leeds, UK');
    expect(merged?.highlights).toEqual(['Cut first-response time from 9 to 3 hours', 'Trained six new agents']);
    expect(profile.roles[0]?.location).toBe('');
  });

  it('skips an entry the profile already holds in full, and says so', () => {
    const profile = sampleProfile();
    const same = { ...profile.roles[0]!, id: 'draft:r' };
    const plan = planImport(
      profile,
      draft([{ kind: 'role', ref: 'a', place: 'work[0]', problems: [], role: same }]),
      NO_CHOICE,
      ids(),
    );
    expect(plan.items[0]).toMatchObject({ action: 'skip', included: false });
    expect(plan.items[0]?.reason).toMatch(/already has everything/);
    expect(plan.profile).toBe(profile);
  });

  it('adds new entries with fresh ids and links certificates to the roles of the same file', () => {
    const plan = planImport(
      sampleProfile(),
      draft([
        {
          kind: 'certificate',
          ref: 'certificates[0]',
          place: 'certificates[0]',
          problems: [],
          certificate: certificate(),
          links: [{ ref: 'work[1]', note: 'Built the weekly sales dashboard' }],
        },
        {
          kind: 'role',
          ref: 'work[1]',
          place: 'work[1]',
          problems: [],
          role: role({ title: 'Analyst', organization: 'Contoso', start: '2024' }),
        },
      ]),
      NO_CHOICE,
      ids(),
    );
    expect(plan.items.map((item) => [item.ref, item.action])).toEqual([
      ['certificates[0]', 'add'],
      ['work[1]', 'add'],
    ]);
    const added = plan.profile.roles.find((entry) => entry.title === 'Analyst');
    expect(added?.start).toBe('2024');
    const cert = plan.profile.certificates.find((entry) => entry.title === 'Google Data Analytics');
    expect(cert?.appliedIn).toEqual([{ kind: 'role', id: added?.id, note: 'Built the weekly sales dashboard' }]);
  });

  it('skips an entry with a blocking problem and imports the rest', () => {
    const plan = planImport(
      sampleProfile(),
      draft([
        {
          kind: 'unreadable',
          ref: 'work[0]',
          place: 'work[0]',
          title: 'Barista',
          problems: [{ place: 'work[0].startDate', message: '“sometime” is not a date.', blocking: true }],
        },
        {
          kind: 'role',
          ref: 'work[1]',
          place: 'work[1]',
          problems: [],
          role: role({ title: 'Analyst', organization: 'Contoso' }),
        },
      ]),
      NO_CHOICE,
      ids(),
    );
    expect(plan.items.map((item) => item.action)).toEqual(['skip', 'add']);
    expect(plan.items[0]?.reason).toBe('“sometime” is not a date.');
    expect(plan.profile.roles).toHaveLength(2);
  });

  it('matches certificates by credential id and leaves out entries the user unticks', () => {
    const profile = { ...sampleProfile(), certificates: [{ ...certificate({ id: 'c1', title: 'GDA' }) }] };
    const entries: DraftEntry[] = [
      {
        kind: 'certificate',
        ref: 'c',
        place: 'certificates[0]',
        problems: [],
        certificate: certificate({ credentialUrl: 'https://example.org/c/1' }),
        links: [],
      },
      { kind: 'role', ref: 'r', place: 'work[0]', problems: [], role: role({ title: 'Analyst' }) },
    ];
    const plan = planImport(profile, draft(entries), { excluded: ['r'], confirmed: [] }, ids());
    expect(plan.items.map((item) => [item.action, item.included])).toEqual([
      ['merge', true],
      ['add', false],
    ]);
    expect(plan.profile.certificates).toHaveLength(1);
    expect(plan.profile.certificates[0]?.credentialUrl).toBe('https://example.org/c/1');
    expect(plan.profile.roles).toHaveLength(1);
  });

  it('imports an invalid or expired credential only when the user confirms, and keeps it marked', () => {
    const entries: DraftEntry[] = [
      {
        kind: 'certificate',
        ref: 'b',
        place: 'badge.json',
        problems: [],
        certificate: certificate({ credential: check({ status: 'invalid' }) }),
        links: [],
      },
    ];
    const unconfirmed = planImport(sampleProfile(), draft(entries), NO_CHOICE, ids());
    expect(unconfirmed.items[0]).toMatchObject({ action: 'add', needsConfirm: true, included: false });
    expect(unconfirmed.items[0]?.reason).toMatch(/only if you confirm/);
    const confirmed = planImport(sampleProfile(), draft(entries), { excluded: [], confirmed: ['b'] }, ids());
    expect(confirmed.items[0]?.included).toBe(true);
    expect(confirmed.profile.certificates.at(-1)?.credential?.status).toBe('invalid');
  });

  it('reads the same entry twice in one file as one', () => {
    const entries: DraftEntry[] = [
      { kind: 'role', ref: 'a', place: 'Positions.csv, row 2', problems: [], role: role({ title: 'Analyst' }) },
      { kind: 'role', ref: 'b', place: 'Positions.csv, row 3', problems: [], role: role({ title: 'analyst ' }) },
    ];
    const plan = planImport(sampleProfile(), draft(entries), NO_CHOICE, ids());
    expect(plan.items.map((item) => item.action)).toEqual(['add', 'skip']);
    expect(plan.profile.roles).toHaveLength(2);
  });

  it('treats a bare year and a month of that year as the same start', () => {
    const plan = planImport(
      sampleProfile(),
      draft([
        {
          kind: 'role',
          ref: 'a',
          place: 'Positions.csv, row 2',
          problems: [],
          role: role({ start: '2019', highlights: [], skills: [], location: '' }),
        },
      ]),
      NO_CHOICE,
      ids(),
    );
    expect(plan.items[0]?.action).toBe('skip');
    expect(plan.profile.roles[0]?.start).toBe('2019-03');
  });
});

describe('when learning began, merged into learning already kept', () => {
  const reimport = (kept: Certificate, incoming: Certificate) =>
    planImport(
      { ...sampleProfile(), certificates: [kept] },
      draft([
        {
          kind: 'certificate',
          ref: 'e',
          place: 'Education.csv, row 2',
          problems: [],
          certificate: incoming,
          links: [],
        },
      ]),
      NO_CHOICE,
      ids(),
    );
  const degree = (overrides: Partial<Certificate>) =>
    certificate({ learning: 'education', title: 'Bachelor of Arts', issued: '2016-07', ...overrides });

  it('fills the start of a degree imported before starts were kept, and says so', () => {
    const plan = reimport(degree({ id: 'c1' }), degree({ started: '2010-10' }));
    expect(plan.items[0]).toMatchObject({ action: 'merge', reason: expect.stringContaining('start date') });
    expect(plan.profile.certificates[0]?.started).toBe('2010-10');
  });

  it('keeps the start the user wrote, made more precise only when the two agree', () => {
    expect(
      reimport(degree({ id: 'c1', started: '2010' }), degree({ started: '2010-10' })).profile.certificates[0]?.started,
    ).toBe('2010-10');
    expect(
      reimport(degree({ id: 'c1', started: '2011-01' }), degree({ started: '2010-10' })).profile.certificates[0]
        ?.started,
    ).toBe('2011-01');
  });

  it('never takes a start that falls after the issue date', () => {
    const plan = reimport(degree({ id: 'c1', issued: '2016' }), degree({ started: '2016-10', issued: '2016-07' }));
    expect(plan.profile.certificates[0]).toMatchObject({ started: null, issued: '2016-07' });
  });
});

describe('a credential check merged into one already kept', () => {
  it('never lifts an invalid mark when a matching valid credential is imported', () => {
    const marked = certificate({ id: 'c1', credential: check({ status: 'invalid' }) });
    const profile = { ...sampleProfile(), certificates: [marked] };
    const incoming = certificate({ credential: check({ status: 'verified', expired: true }) });
    const plan = planImport(
      profile,
      draft([{ kind: 'certificate', ref: 'b', place: 'badge.json', problems: [], certificate: incoming, links: [] }]),
      { excluded: [], confirmed: ['b'] },
      ids(),
    );
    expect(plan.profile.certificates[0]?.credential).toMatchObject({ status: 'invalid', expired: true });
  });
});

describe('awards, the person and study sessions', () => {
  const award = (overrides: Partial<Parameters<typeof newAward>[0]> = {}) =>
    newAward({ id: 'draft:a', title: 'Employee of the year', awarder: 'Northwind', date: '2021-12', ...overrides });

  it('adds an award linked to the role of the same file it was given for, and merges it when imported again', () => {
    const entries: DraftEntry[] = [
      {
        kind: 'award',
        ref: 'awards[0]',
        place: 'awards[0]',
        problems: [],
        award: award(),
        links: [{ ref: 'work[0]', note: 'For the support rota' }],
      },
      { kind: 'role', ref: 'work[0]', place: 'work[0]', problems: [], role: role({ title: 'Analyst' }) },
    ];
    const first = planImport(sampleProfile(), draft(entries), NO_CHOICE, ids());
    expect(first.items.map((item) => [item.kind, item.action])).toEqual([
      ['award', 'add'],
      ['role', 'add'],
    ]);
    const analyst = first.profile.roles.find((entry) => entry.title === 'Analyst');
    expect(first.profile.awards).toEqual([
      { ...award(), id: 'new-2', appliedIn: [{ kind: 'role', id: analyst?.id, note: 'For the support rota' }] },
    ]);

    const again = planImport(first.profile, draft(entries), NO_CHOICE, ids());
    expect(again.items.map((item) => item.action)).toEqual(['skip', 'skip']);
    expect(again.profile).toBe(first.profile);

    const withSummary = planImport(
      first.profile,
      draft([{ ...entries[0]!, award: award({ summary: 'Voted by the team', date: '2021-12-03' }) } as DraftEntry]),
      NO_CHOICE,
      ids(),
    );
    expect(withSummary.items[0]).toMatchObject({ action: 'merge' });
    expect(withSummary.items[0]?.reason).toContain('Same title, awarder and date');
    expect(withSummary.profile.awards).toHaveLength(1);
    expect(withSummary.profile.awards[0]).toMatchObject({ summary: 'Voted by the team', date: '2021-12-03' });
  });

  it('keeps an award of another awarder apart', () => {
    const profile = { ...sampleProfile(), awards: [{ ...award(), id: 'a1' }] };
    const entry: DraftEntry = {
      kind: 'award',
      ref: 'x',
      place: 'awards[0]',
      problems: [],
      award: award({ awarder: 'Contoso' }),
      links: [],
    };
    const plan = planImport(profile, draft([entry]), NO_CHOICE, ids());
    expect(plan.items[0]?.action).toBe('add');
    expect(plan.profile.awards).toHaveLength(2);
  });

  const person = (overrides: Partial<Person> = {}): Person => ({
    ...emptyPerson(),
    name: 'Sam Rivera',
    email: 'sam@example.org',
    location: { ...emptyPerson().location, city: 'Leeds' },
    profiles: [{ network: 'GitHub', username: 'samr', url: 'https://github.com/samr' }],
    ...overrides,
  });

  it('fills the person’s empty details and never overwrites what they have, saying which were kept', () => {
    const profile = {
      ...sampleProfile(),
      person: { ...emptyPerson(), name: 'Samantha Rivera', phone: '0113 496 0000' },
    };
    const entry: DraftEntry = { kind: 'person', ref: 'basics', place: 'basics', problems: [], person: person() };
    const plan = planImport(profile, draft([entry]), NO_CHOICE, ids());
    expect(plan.items[0]).toMatchObject({ kind: 'person', action: 'merge', included: true });
    expect(plan.items[0]?.reason).toContain('email');
    expect(plan.items[0]?.reason).toContain('Your name is kept as you have it');
    expect(plan.profile.person).toEqual({
      ...person(),
      name: 'Samantha Rivera',
      phone: '0113 496 0000',
    });

    const again = planImport(plan.profile, draft([entry]), NO_CHOICE, ids());
    expect(again.items[0]?.action).toBe('skip');
    expect(again.profile).toBe(plan.profile);
  });

  it('fills an empty person whole', () => {
    const entry: DraftEntry = { kind: 'person', ref: 'basics', place: 'basics', problems: [], person: person() };
    const plan = planImport(sampleProfile(), draft([entry]), NO_CHOICE, ids());
    expect(plan.profile.person).toEqual(person());
    expect(plan.items[0]?.reason).not.toContain('kept as you have');
  });

  const session = (overrides: Partial<LearningSession> = {}): LearningSession => ({
    id: 'draft:s',
    date: '2024-03-02',
    minutes: 95,
    what: 'SQL for data analysis',
    certificateId: null,
    skill: null,
    stepId: null,
    ...overrides,
  });

  it('adds a study session to the log, linked to a certificate of the same file, and skips one already there', () => {
    const entries: DraftEntry[] = [
      {
        kind: 'session',
        ref: 'l1',
        place: 'Learning.csv, row 2',
        problems: [],
        session: session({ certificateId: 'draft:c1' }),
      },
      {
        kind: 'certificate',
        ref: 'c1',
        place: 'Certifications.csv, row 2',
        problems: [],
        certificate: certificate({ title: 'SQL for data analysis', credentialId: '' }),
        links: [],
      },
    ];
    const plan = planImport(sampleProfile(), draft(entries), NO_CHOICE, ids());
    expect(plan.items.map((item) => [item.kind, item.action])).toEqual([
      ['session', 'add'],
      ['certificate', 'add'],
    ]);
    const cert = plan.profile.certificates.find((entry) => entry.title === 'SQL for data analysis');
    expect(plan.profile.log).toEqual([{ ...session(), id: 'new-2', certificateId: cert?.id }]);

    const again = planImport(plan.profile, draft(entries), NO_CHOICE, ids());
    expect(again.items[0]).toMatchObject({ action: 'skip' });
    expect(again.items[0]?.reason).toMatch(/already in your learning log/);
    expect(again.profile.log).toHaveLength(1);
  });

  it('lets go of a session’s link to a certificate that is neither in the file nor in the profile', () => {
    const entry: DraftEntry = {
      kind: 'session',
      ref: 'l',
      place: 'Learning.csv, row 2',
      problems: [],
      session: session({ certificateId: 'elsewhere' }),
    };
    const plan = planImport(sampleProfile(), draft([entry]), NO_CHOICE, ids());
    expect(plan.profile.log[0]?.certificateId).toBeNull();
  });
});

describe('entries the file gives no title', () => {
  const needing: DraftEntry = {
    kind: 'certificate',
    ref: 'education[0]',
    place: 'Education.csv, row 2',
    problems: [],
    needs: ['title'],
    certificate: certificate({ title: 'Coursera', learning: 'education', credentialId: '', issued: '2023' }),
    links: [],
  };

  it('are shown, skipped until the person types a title, and say what they need', () => {
    const plan = planImport(sampleProfile(), draft([needing]), NO_CHOICE, ids());
    expect(plan.items[0]).toMatchObject({ action: 'skip', included: false, needs: ['title'], education: true });
    expect(plan.items[0]?.reason).toMatch(/needs a title/);
    expect(plan.profile.certificates.map((entry) => entry.title)).not.toContain('Coursera');
  });

  it('show what the file does say, so the person knows what they are naming', () => {
    const withProvider: DraftEntry = {
      ...needing,
      certificate: { ...needing.certificate, provider: 'Coursera', started: '2022-09', issued: '2023-06' },
    };
    const plan = planImport(sampleProfile(), draft([withProvider]), NO_CHOICE, ids());
    expect(plan.items[0]?.facts).toEqual(['Coursera', 'Sep 2022 – Jun 2023']);
  });

  it("keep a badge's credential check on show while it waits for its title", () => {
    const check = {
      format: 'open-badges-2' as const,
      status: 'invalid' as const,
      expired: false,
      issuerId: null,
      checkedAt: '2026-12-01T10:00:00.000Z',
      detail: 'The signature does not match.',
    };
    const badge: DraftEntry = { ...needing, certificate: { ...needing.certificate, credential: check } };
    const plan = planImport(sampleProfile(), draft([badge]), NO_CHOICE, ids());
    expect(plan.items[0]).toMatchObject({ credential: check, needsConfirm: true, needs: ['title'] });
  });

  it('do not ask again for a badge already in the profile: it keeps the title it has there', () => {
    const profile = sampleProfile();
    const kept = profile.certificates[0];
    if (kept === undefined) throw new Error('the sample has a certificate');
    const again: DraftEntry = {
      ...needing,
      certificate: { ...needing.certificate, credentialUrl: 'https://badges.example.com/assertions/1' },
    };
    const withBadge = {
      ...profile,
      certificates: [
        { ...kept, credentialUrl: 'https://badges.example.com/assertions/1' },
        ...profile.certificates.slice(1),
      ],
    };
    const plan = planImport(withBadge, draft([again]), NO_CHOICE, ids());
    expect(plan.items[0]).toMatchObject({ needs: [], title: kept.title });
    expect(plan.items[0]?.action).not.toBe('add');
  });

  it('import with the typed title in place of the stand-in', () => {
    const choice = { ...NO_CHOICE, completions: [{ ref: 'education[0]', title: 'Google IT Support ' }] };
    const plan = planImport(sampleProfile(), draft([needing]), choice, ids());
    expect(plan.items[0]).toMatchObject({
      action: 'add',
      included: true,
      needs: ['title'],
      title: 'Google IT Support',
    });
    const added = plan.profile.certificates.at(-1);
    expect(added).toMatchObject({ title: 'Google IT Support', issued: '2023', learning: 'education' });
  });

  it('need nothing when the file has every value', () => {
    const plan = planImport(sampleProfile(), draft([{ ...needing, needs: undefined }]), NO_CHOICE, ids());
    expect(plan.items[0]).toMatchObject({ action: 'add', needs: [] });
  });

  it('refuse a blank typed title', () => {
    expect(ImportChoiceSchema.safeParse({ ...NO_CHOICE, completions: [{ ref: 'x', title: '  ' }] }).success).toBe(
      false,
    );
    expect(ImportChoiceSchema.safeParse({ ...NO_CHOICE, completions: [{ ref: 'x', title: 'A title' }] }).success).toBe(
      true,
    );
  });
});
