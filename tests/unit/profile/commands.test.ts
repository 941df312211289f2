import { describe, expect, it } from 'vitest';
import { newAward, newProject } from '../../../shared/domain/entries';
import { emptyPerson, emptyProfile, type Profile } from '../../../shared/domain/profile';
import { apply, describeCommand, type Command } from '../../../shared/profile/commands';
import { sampleProfile } from '../../../scripts/support/profiles';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function run(profile: Profile, ...commands: Command[]): Profile {
  return commands.reduce((current, command) => {
    const result = apply(current, command);
    if (!result.ok) throw new Error(result.message);
    return result.profile;
  }, profile);
}

function refused(profile: Profile, command: Command): string {
  const result = apply(profile, command);
  if (result.ok) throw new Error(`${command.type} was accepted`);
  return result.message;
}

const base = () => deepFreeze(sampleProfile());
const project = newProject({
  id: 'project-help',
  title: 'Help-centre redesign',
  kind: 'work',
  start: '2024-06',
  end: '2024-12',
  roleId: 'role-support',
  outcome: 'Tickets on the top topics fell by a third',
});

describe('apply', () => {
  it('adds, updates and deletes each kind of entity without touching its input', () => {
    const profile = base();
    const withProject = run(profile, { type: 'project.add', project });
    expect(withProject.projects).toEqual([project]);
    expect(profile.projects).toEqual([]);
    const renamed = run(withProject, { type: 'project.update', project: { ...project, title: 'Help centre v2' } });
    expect(renamed.projects[0]?.title).toBe('Help centre v2');
    // Entities the command did not touch keep their identity (undo deltas rely on it).
    expect(renamed.roles[0]).toBe(profile.roles[0]);
    const target = {
      id: 't1',
      title: 'Product Manager',
      occupationId: null,
      skills: [],
      paceOverride: null,
      targetDate: null,
      posting: null,
    };
    const targeted = run(renamed, { type: 'target.add', target }, { type: 'target.setActive', id: 't1' });
    expect(targeted.activeTargetId).toBe('t1');
    expect(run(targeted, { type: 'target.delete', id: 't1' }).activeTargetId).toBeNull();
    expect(run(profile, { type: 'certificate.delete', id: 'cert-ux' }).certificates).toEqual([]);
  });

  it('refuses a duplicate id, an unknown id and a link to something missing', () => {
    const profile = base();
    expect(refused(profile, { type: 'role.add', role: profile.roles[0]! })).toContain('already exists');
    expect(refused(profile, { type: 'certificate.delete', id: 'nope' })).toContain('no certificate');
    expect(
      refused(profile, {
        type: 'link.attach',
        certificateId: 'cert-ux',
        to: { kind: 'project', id: 'ghost' },
        note: '',
      }),
    ).toContain('does not exist');
    expect(refused(profile, { type: 'project.add', project: { ...project, roleId: 'ghost' } })).toContain(
      'does not exist',
    );
    expect(refused(profile, { type: 'target.setActive', id: 'ghost' })).toContain('no target');
    const orphan = {
      ...profile.certificates[0]!,
      id: 'c2',
      appliedIn: [{ kind: 'role' as const, id: 'ghost', note: '' }],
    };
    expect(refused(profile, { type: 'certificate.add', certificate: orphan })).toContain('does not exist');
  });

  it('attaches with a note, updates the note on a second attach, and detaches', () => {
    const profile = run(base(), { type: 'project.add', project });
    const to = { kind: 'project' as const, id: 'project-help' };
    const linked = run(profile, { type: 'link.attach', certificateId: 'cert-ux', to, note: 'Ran the interviews' });
    expect(linked.certificates[0]?.appliedIn).toContainEqual({ ...to, note: 'Ran the interviews' });
    const renoted = run(linked, { type: 'link.attach', certificateId: 'cert-ux', to, note: 'Ran 5 interviews' });
    expect(renoted.certificates[0]?.appliedIn.filter((link) => link.kind === 'project')).toEqual([
      { ...to, note: 'Ran 5 interviews' },
    ]);
    const detached = run(renoted, { type: 'link.detach', certificateId: 'cert-ux', to });
    expect(detached.certificates[0]?.appliedIn.some((link) => link.kind === 'project')).toBe(false);
    expect(refused(detached, { type: 'link.detach', certificateId: 'cert-ux', to })).toContain('not linked');
  });

  it('asks what to do with linked certificates before deleting a role, and leaves no dangling link', () => {
    const profile = run(base(), { type: 'project.add', project });
    expect(refused(profile, { type: 'role.delete', id: 'role-support' })).toContain('choose');

    const kept = run(profile, { type: 'role.delete', id: 'role-support', linkedCertificates: 'keep-unlinked' });
    expect(kept.roles).toEqual([]);
    expect(kept.certificates[0]?.appliedIn).toEqual([]);
    expect(kept.projects[0]?.roleId).toBeNull();

    const dropped = run(profile, {
      type: 'role.delete',
      id: 'role-support',
      linkedCertificates: 'delete-certificates',
    });
    expect(dropped.certificates).toEqual([]);
  });

  it('dismisses a finding once and restores it', () => {
    const finding = {
      key: 'CERT_UNAPPLIED:cert-ux',
      reason: 'Applied at my volunteer job',
      at: '2026-11-26T10:00:00.000Z',
    };
    const dismissed = run(base(), { type: 'finding.dismiss', finding }, { type: 'finding.dismiss', finding });
    expect(dismissed.dismissedFindings).toEqual([finding]);
    expect(run(dismissed, { type: 'finding.restore', key: finding.key }).dismissedFindings).toEqual([]);
  });

  it('puts several findings aside in one step, each once, replacing an earlier reason', () => {
    const at = '2026-11-26T10:00:00.000Z';
    const earlier = { key: 'CERT_OFF_TARGET:cert-a', reason: 'old reason', at };
    const findings = [
      { key: 'CERT_OFF_TARGET:cert-a', reason: 'Background', at },
      { key: 'CERT_OFF_TARGET:cert-b', reason: 'Background', at },
      { key: 'CERT_OFF_TARGET:cert-b', reason: 'Background', at },
    ];
    const dismissed = run(
      base(),
      { type: 'finding.dismiss', finding: earlier },
      { type: 'finding.dismissMany', findings },
    );
    expect(dismissed.dismissedFindings).toEqual([findings[0], findings[1]]);
  });

  it('replaces everything for an import, but not with a profile that has dangling links', () => {
    const next = sampleProfile();
    expect(run(emptyProfile(), { type: 'profile.replace', profile: next, label: 'Import' })).toEqual(next);
    const broken = { ...next, roles: [] };
    expect(refused(emptyProfile(), { type: 'profile.replace', profile: broken, label: 'Import' })).toContain(
      'does not exist',
    );
  });

  it('keeps the user’s own providers and their word on which are recognised', () => {
    const provider = { id: 'p1', name: 'Local UX Guild', aliases: ['LUXG'], recognised: false };
    const withProvider = run(base(), { type: 'provider.add', provider });
    expect(withProvider.providers.custom).toEqual([provider]);
    const recognised = run(withProvider, { type: 'provider.setRecognised', providerId: 'p1', recognised: true });
    expect(recognised.providers.custom[0]?.recognised).toBe(true);
    // A bundled provider (by its id) gets an override instead.
    const overridden = run(
      recognised,
      { type: 'provider.setRecognised', providerId: 'udemy', recognised: false },
      { type: 'provider.setRecognised', providerId: 'udemy', recognised: true },
    );
    expect(overridden.providers.overrides).toEqual([{ providerId: 'udemy', recognised: true }]);
    expect(run(overridden, { type: 'provider.delete', id: 'p1' }).providers.custom).toEqual([]);
    expect(refused(withProvider, { type: 'provider.add', provider })).toContain('already exists');
  });
});

describe('describeCommand', () => {
  const label = (command: Command, profile: Profile = base()) => describeCommand(command, profile);
  const withProject = () => run(base(), { type: 'project.add', project });
  const target = {
    id: 't1',
    title: 'UX Researcher',
    occupationId: null,
    skills: [],
    paceOverride: null,
    targetDate: null,
    posting: null,
  };

  it('names the certificate and the work a link joins or parts, from the profile before the edit', () => {
    const to = { kind: 'project' as const, id: 'project-help' };
    expect(label({ type: 'link.attach', certificateId: 'cert-ux', to, note: '' }, withProject())).toBe(
      'attached “User Research Fundamentals” to “Help-centre redesign”',
    );
    const role = { kind: 'role' as const, id: 'role-support' };
    expect(label({ type: 'link.detach', certificateId: 'cert-ux', to: role })).toBe(
      'unlinked “User Research Fundamentals” from “Customer Support Lead”',
    );
    // The sample's certificate is already linked to the role: attaching again only changes the note.
    expect(label({ type: 'link.attach', certificateId: 'cert-ux', to: role, note: 'Five interviews' })).toBe(
      'edited how “User Research Fundamentals” was used in “Customer Support Lead”',
    );
  });

  it('names what a delete removes, which only the profile before it still holds', () => {
    expect(label({ type: 'role.delete', id: 'role-support', linkedCertificates: 'keep-unlinked' })).toBe(
      'deleted role “Customer Support Lead”',
    );
    expect(label({ type: 'role.delete', id: 'role-support', linkedCertificates: 'delete-certificates' })).toBe(
      'deleted role “Customer Support Lead” and its certificate',
    );
    expect(label({ type: 'project.delete', id: 'project-help' }, withProject())).toBe(
      'deleted project “Help-centre redesign”',
    );
    expect(label({ type: 'certificate.delete', id: 'cert-ux' })).toBe(
      'deleted certificate “User Research Fundamentals”',
    );
    // An id the profile does not hold (the command will be refused) still gets a sentence.
    expect(label({ type: 'certificate.delete', id: 'ghost' })).toBe('deleted a certificate');
  });

  it('names what was added or edited, and the old title when an edit renamed it', () => {
    const profile = base();
    expect(
      label({ type: 'certificate.add', certificate: { ...profile.certificates[0]!, id: 'c2', title: 'SQL' } }),
    ).toBe('added certificate “SQL”');
    expect(label({ type: 'role.add', role: { ...profile.roles[0]!, id: 'r2', title: 'Barista' } })).toBe(
      'added role “Barista”',
    );
    expect(label({ type: 'project.update', project: { ...project, outcome: 'Fewer tickets' } }, withProject())).toBe(
      'edited project “Help-centre redesign”',
    );
    expect(label({ type: 'role.update', role: { ...profile.roles[0]!, title: 'Support Manager' } })).toBe(
      'edited role “Support Manager” (was “Customer Support Lead”)',
    );
  });

  it('names the target made active, and says how many findings were put aside', () => {
    const targeted = run(base(), { type: 'target.add', target });
    expect(label({ type: 'target.setActive', id: 't1' }, targeted)).toBe('made “UX Researcher” the active target');
    expect(label({ type: 'target.setActive', id: null }, targeted)).toBe('cleared the active target');
    const finding = { key: 'CERT_UNAPPLIED:cert-ux', reason: '', at: '2026-11-26T10:00:00.000Z' };
    expect(label({ type: 'finding.dismiss', finding })).toBe('dismissed a finding');
    expect(label({ type: 'finding.dismissMany', findings: [finding] })).toBe('dismissed a finding');
    expect(label({ type: 'finding.dismissMany', findings: [finding, { ...finding, key: 'other' }] })).toBe(
      'put 2 findings aside',
    );
  });

  it('keeps a replace’s own label, and clips a long title so the label stays one line', () => {
    expect(label({ type: 'profile.replace', profile: sampleProfile(), label: 'Restore backup' })).toBe(
      'Restore backup',
    );
    const long = 'A'.repeat(200);
    const added = label({ type: 'role.add', role: { ...base().roles[0]!, id: 'r2', title: long } });
    expect(added).toBe(`added role “${'A'.repeat(59)}…”`);
  });
});

describe('awards and the person', () => {
  const award = newAward({
    id: 'award-csat',
    title: 'Support team of the year',
    awarder: 'Northwind Software',
    date: '2023-12',
    appliedIn: [{ kind: 'role', id: 'role-support', note: 'for the help-centre redesign' }],
  });
  const role = { kind: 'role' as const, id: 'role-support' };
  const toProject = { kind: 'project' as const, id: 'project-help' };
  const withAward = () => run(base(), { type: 'project.add', project }, { type: 'award.add', award });

  it('adds, edits and deletes an award, each named for the undo notice', () => {
    const profile = withAward();
    expect(profile.awards).toEqual([award]);
    const renamed = run(profile, { type: 'award.update', award: { ...award, title: 'Team of the year' } });
    expect(renamed.awards[0]?.title).toBe('Team of the year');
    expect(renamed.roles[0]).toBe(profile.roles[0]);
    expect(run(renamed, { type: 'award.delete', id: award.id }).awards).toEqual([]);
    expect(refused(profile, { type: 'award.add', award })).toContain('already exists');
    expect(refused(profile, { type: 'award.delete', id: 'nope' })).toContain('no award');
    expect(describeCommand({ type: 'award.add', award }, base())).toBe('added award “Support team of the year”');
    expect(describeCommand({ type: 'award.update', award: { ...award, title: 'Team of the year' } }, profile)).toBe(
      'edited award “Team of the year” (was “Support team of the year”)',
    );
    expect(describeCommand({ type: 'award.delete', id: award.id }, profile)).toBe(
      'deleted award “Support team of the year”',
    );
  });

  it('links an award to the work it was given for, changes the note on a second attach, and unlinks it', () => {
    const profile = withAward();
    const attach: Command = { type: 'award.attach', awardId: award.id, to: toProject, note: '' };
    expect(describeCommand(attach, profile)).toBe('attached “Support team of the year” to “Help-centre redesign”');
    const linked = run(profile, attach);
    expect(linked.awards[0]?.appliedIn).toEqual([...award.appliedIn, { ...toProject, note: '' }]);
    const noted = { ...attach, note: 'Tickets fell by a third' };
    expect(describeCommand(noted, linked)).toBe(
      'edited why “Support team of the year” was given for “Help-centre redesign”',
    );
    expect(run(linked, noted).awards[0]?.appliedIn).toHaveLength(2);
    const detach: Command = { type: 'award.detach', awardId: award.id, to: role };
    expect(describeCommand(detach, linked)).toBe('unlinked “Support team of the year” from “Customer Support Lead”');
    const unlinked = run(linked, detach);
    expect(unlinked.awards[0]?.appliedIn).toEqual([{ ...toProject, note: '' }]);
    expect(refused(unlinked, detach)).toContain('not linked');
    expect(
      refused(profile, { type: 'award.attach', awardId: award.id, to: { kind: 'project', id: 'ghost' }, note: '' }),
    ).toContain('does not exist');
    expect(refused(profile, { ...attach, awardId: 'nope' })).toContain('no award');
  });

  it('keeps an award when the role it was given for is deleted, and removes only the link', () => {
    const profile = run(withAward(), { type: 'award.attach', awardId: award.id, to: toProject, note: '' });
    // The certificate is linked too: its choice is still asked, and holds for certificates only.
    for (const choice of ['keep-unlinked', 'delete-certificates'] as const) {
      const deleted = run(profile, { type: 'role.delete', id: 'role-support', linkedCertificates: choice });
      expect(deleted.awards).toEqual([{ ...award, appliedIn: [{ ...toProject, note: '' }] }]);
    }
    const noProject = run(profile, { type: 'project.delete', id: 'project-help' });
    expect(noProject.awards[0]?.appliedIn).toEqual(award.appliedIn);
  });

  it('deletes an award without a choice, and the plan stops naming it', () => {
    const target = {
      id: 't1',
      title: 'UX',
      occupationId: null,
      skills: [],
      paceOverride: null,
      targetDate: null,
      posting: null,
    };
    const step = {
      id: 's1',
      targetId: 't1',
      kind: 'evidence' as const,
      title: 'Write up the award-winning redesign',
      skills: [],
      serves: [{ kind: 'award' as const, id: award.id }],
      findingKeys: [],
      due: null,
      status: 'todo' as const,
      doneOn: null,
      note: '',
    };
    const planned = run(withAward(), { type: 'target.add', target }, { type: 'plan.add', step });
    expect(run(planned, { type: 'award.delete', id: award.id }).plan[0]?.serves).toEqual([]);
  });

  it('edits the person a resume is about, and nothing else', () => {
    const profile = base();
    const person = { ...emptyPerson(), name: 'Sam Okafor', email: 'sam@example.org' };
    const edited = run(profile, { type: 'person.update', person });
    expect(edited.person).toEqual(person);
    expect(edited.roles).toBe(profile.roles);
    expect(edited.certificates).toBe(profile.certificates);
    expect(describeCommand({ type: 'person.update', person }, profile)).toBe('edited your details');
  });
});
