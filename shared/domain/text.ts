const pluralRules = new Intl.PluralRules('en');

/**
 * "1 role", "3 roles": the app writes English (the window's catalogue, the reports, the plan's
 * reminders, the importers' notes), so the plural rule is English too. The one count every layer uses.
 */
export function count(amount: number, singular: string, pluralForm = `${singular}s`): string {
  return `${amount} ${pluralRules.select(amount) === 'one' ? singular : pluralForm}`;
}
