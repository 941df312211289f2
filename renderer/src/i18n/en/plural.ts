const rules = new Intl.PluralRules('en');

/** "1 role", "3 roles": the catalogue is English, so the plural rule is too. */
export function count(amount: number, singular: string, pluralForm = `${singular}s`): string {
  return `${amount} ${rules.select(amount) === 'one' ? singular : pluralForm}`;
}
