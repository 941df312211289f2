const plural = new Intl.PluralRules('en');

/** "1 role", "3 roles": the words are English, so the plural rule is too. */
export function count(amount: number, singular: string, pluralForm = `${singular}s`): string {
  return `${amount} ${plural.select(amount) === 'one' ? singular : pluralForm}`;
}
