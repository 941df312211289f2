const pluralRules = new Intl.PluralRules('en');

/**
 * "1 role", "3 roles": the app writes English (the window's catalogue, the reports, the plan's
 * reminders, the importers' notes), so the plural rule is English too. The one count every layer uses.
 */
export function count(amount: number, singular: string, pluralForm = `${singular}s`): string {
  return `${amount} ${pluralRules.select(amount) === 'one' ? singular : pluralForm}`;
}

/** "SQL", "SQL and Python", "SQL, Python and statistics": how a sentence names a few things, with no Oxford comma. */
export function joinedList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** "five", "ten", "14": prose spells small numbers out, so wording built from a constant still reads as written. */
export function inWords(amount: number): string {
  return NUMBER_WORDS[amount] ?? String(amount);
}

/** "a week", "two weeks", "ten days": a stretch of days as a sentence says it, whole weeks as weeks. */
export function daysInWords(days: number): string {
  if (days > 0 && days % 7 === 0) return days === 7 ? 'a week' : `${inWords(days / 7)} weeks`;
  return days === 1 ? 'a day' : `${inWords(days)} days`;
}
