import { describe, expect, it } from 'vitest';
import { sameSkill, skillFinder, skillKey } from '../../../shared/domain/skills';

const free = (label: string) => ({ label, conceptId: null });

describe('the same skill', () => {
  it('is the same words whatever their case and spacing', () => {
    expect(sameSkill(free(' python '), free('Python'))).toBe(true);
    expect(sameSkill(free('PYTHON'), free('python'))).toBe(true);
    expect(skillKey(free(' python '))).toBe(skillKey(free('Python')));
    expect(sameSkill(free('Python'), free('Java'))).toBe(false);
  });

  it('is the same concept whatever it is called', () => {
    const sql = { label: 'SQL', conceptId: 'c:sql' };
    const spelledOut = { label: 'Structured Query Language', conceptId: 'c:sql' };
    expect(sameSkill(sql, spelledOut)).toBe(true);
    expect(skillKey(sql)).toBe(skillKey(spelledOut));
  });

  it('is two skills when two different concepts share the words', () => {
    const snake = { label: 'Python', conceptId: 'c:python-snake-handling' };
    const language = { label: 'Python', conceptId: 'c:python-programming' };
    expect(sameSkill(snake, language)).toBe(false);
    expect(skillKey(snake)).not.toBe(skillKey(language));
  });

  it('matches words written without a concept to the concept with those words', () => {
    expect(sameSkill(free('python'), { label: 'Python', conceptId: 'c:python' })).toBe(true);
  });

  it('is found in a list by concept before words', () => {
    const listed = [free('Python'), { label: 'Python 3', conceptId: 'c:python' }];
    const find = skillFinder(listed, (skill) => skill);
    expect(find({ label: 'Python', conceptId: 'c:python' })).toBe(listed[1]);
    expect(find(free(' PYTHON'))).toBe(listed[0]);
    expect(find(free('Java'))).toBeUndefined();
  });
});
