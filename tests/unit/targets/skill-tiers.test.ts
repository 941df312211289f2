import { describe, expect, it } from 'vitest';
import { addCore, alsoNamed, demote, promote, type TargetSkill } from '../../../renderer/src/targets/skill-tiers';

const sql = { conceptId: 'esco:sql', label: 'SQL' };
const stats = { conceptId: 'esco:stats', label: 'statistics' };
const ldap = { conceptId: 'esco:ldap', label: 'LDAP' };
const knitting = { conceptId: null, label: 'Knitting circles' };
const skills: TargetSkill[] = [
  { skill: sql, importance: 'essential' },
  { skill: stats, importance: 'optional' },
  { skill: knitting, importance: 'optional' },
];

describe('a target’s skill tiers', () => {
  it('lists as also named only the occupation’s skills the target lacks, once each', () => {
    expect(alsoNamed(skills, [sql, stats, ldap, ldap])).toEqual([ldap]);
  });

  it('promotes also named to secondary, then secondary to core', () => {
    const once = promote(skills, ldap);
    expect(once).toContainEqual({ skill: ldap, importance: 'optional' });
    expect(alsoNamed(once, [sql, stats, ldap])).toEqual([]);
    expect(promote(once, ldap)).toContainEqual({ skill: ldap, importance: 'essential' });
  });

  it('demotes core to secondary, then secondary out of the target, where ESCO’s skills show as also named again', () => {
    const once = demote(skills, sql);
    expect(once).toContainEqual({ skill: sql, importance: 'optional' });
    const twice = demote(once, sql);
    expect(twice.map((entry) => entry.skill)).toEqual([stats, knitting]);
    expect(alsoNamed(twice, [sql, stats, ldap])).toEqual([sql, ldap]);
  });

  it('tells free labels apart by their words, whatever their case', () => {
    expect(demote(skills, { conceptId: null, label: 'knitting CIRCLES' }).map((entry) => entry.skill)).toEqual([
      sql,
      stats,
    ]);
    expect(addCore(skills, { conceptId: null, label: 'Knitting Circles' })).toEqual(skills);
  });

  it('adds a new skill to the core', () => {
    expect(addCore(skills, ldap).at(-1)).toEqual({ skill: ldap, importance: 'essential' });
  });
});
