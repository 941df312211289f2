import { describe, expect, it } from 'vitest';
import { normalizeText, textKey } from '../../../shared/taxonomy/text';

describe('normalizeText in any script', () => {
  it('keeps the letters of every script as their own text', () => {
    expect(normalizeText('项目管理')).toBe('项目管理');
    expect(normalizeText('プロジェクト管理')).toBe('プロジェクト管理');
    expect(normalizeText('إدارة المشاريع')).toBe('ادارة المشاريع');
    expect(normalizeText('Управление проектами')).toBe('управление проектами');
    expect(normalizeText('ניהול פרויקטים')).toBe('ניהול פרויקטים');
    expect(normalizeText('परियोजना प्रबंधन')).toBe('परियोजना प्रबंधन');
    expect(normalizeText('프로젝트 관리')).toBe('프로젝트 관리');
    expect(normalizeText('ΔΙΑΧΕΊΡΙΣΗ ΈΡΓΩΝ')).toBe('διαχειριση εργων');
  });

  it('folds what writers leave out or add for looks, as accents are folded in Latin text', () => {
    expect(normalizeText('Gestión de Proyectos')).toBe(normalizeText('gestion de proyectos'));
    expect(normalizeText('Διαχείριση έργων')).toBe(normalizeText('διαχειριση εργων'));
    // Arabic vowel marks and the tatweel stroke, Hebrew points.
    expect(normalizeText('إِدَارَة المَشَارِيع')).toBe(normalizeText('إدارة المشاريع'));
    expect(normalizeText('إدارـــة')).toBe(normalizeText('إدارة'));
    expect(normalizeText('נִיהוּל')).toBe(normalizeText('ניהול'));
    // Half-width and full-width forms read as the usual ones; Hangul and voiced kana stay whole.
    expect(normalizeText('ﾌﾟﾛｼﾞｪｸﾄ')).toBe('プロジェクト');
    expect(normalizeText('Ｐｙｔｈｏｎ３')).toBe('python3');
    expect(normalizeText('Ёлка')).toBe('елка');
    // A zero-width non-joiner (Persian) changes how the letters join, not the word.
    expect(normalizeText('می\u200cخواهم')).toBe(normalizeText('میخواهم'));
    expect(normalizeText('Straße Łódź Ørsted')).toBe('strasse lodz orsted');
  });

  it('keeps letters that are letters of their own, not accented forms', () => {
    // й is not и in Russian, ї is not і in Ukrainian.
    expect(normalizeText('мой')).not.toBe(normalizeText('мои'));
    expect(normalizeText('її')).not.toBe(normalizeText('іі'));
  });

  it('keeps plain ASCII behaviour as it was', () => {
    expect(normalizeText('C++ & C#')).toBe('c++ and c#');
    expect(normalizeText('  Node.js / React-Native ')).toBe('node js react native');
    expect(normalizeText('Project Management (PMP)').split(' ')).toEqual(['project', 'management', 'pmp']);
  });

  it('splits words of any script at punctuation and spaces', () => {
    expect(normalizeText('Python・データ分析').split(' ')).toEqual(['python', 'データ分析']);
    expect(normalizeText('إدارة، المشاريع').split(' ')).toEqual(['ادارة', 'المشاريع']);
  });
});

describe('textKey', () => {
  it('is the normalised text when there is any letter or digit', () => {
    expect(textKey('Gestión de proyectos')).toBe('gestion de proyectos');
    expect(textKey('项目管理')).toBe('项目管理');
  });

  it('keeps text made only of emoji or punctuation as itself, so two such texts differ', () => {
    expect(textKey('🚀')).toBe('🚀');
    expect(textKey('🚀')).not.toBe(textKey('🎯'));
    expect(textKey('—')).not.toBe(textKey('...'));
    expect(textKey('  🚀   🚀 ')).toBe('🚀 🚀');
    expect(textKey('🚀')).not.toBe('');
  });

  it('is empty only for blank text', () => {
    expect(textKey('')).toBe('');
    expect(textKey(' \t ')).toBe('');
  });
});
