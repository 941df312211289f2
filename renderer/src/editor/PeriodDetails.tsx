import { useId, useState } from 'react';
import { LIFE_PERIOD_KINDS, type Profile } from '../../../shared/domain/profile';
import { monthIndex } from '../../../shared/domain/months';
import { text } from '../i18n/text';
import { formatPartialDate } from '../i18n/locale';
import type { PeriodSelection, Selection } from '../shell/selection';
import { EntryFormDialog } from './EntryFormDialog';
import type { EntryFormTarget } from './entry-form-target';
import type { ProfileUpdate } from '../profile/useProfile';

const words = text.actions.period;

/**
 * A period a finding points at (a gap in the story), selected like an item: what was the person
 * doing then? One choice opens the entry already dated for the period; a caring or travel period
 * is titled as such, so saving it is one more press.
 */
export function PeriodDetails(props: {
  profile: Profile;
  period: PeriodSelection;
  update: ProfileUpdate;
  onSelect: (selection: Selection) => void;
}) {
  const { from, to } = props.period;
  const [form, setForm] = useState<EntryFormTarget | null>(null);
  const headingId = useId();
  const dates = { start: from, end: to, current: false };
  const months = monthIndex(to) - monthIndex(from) + 1;
  const choices: Array<{ key: string; label: string; target: EntryFormTarget }> = [
    { key: 'job', label: words.job, target: { mode: 'create', kind: 'role', prefill: { role: dates } } },
    ...LIFE_PERIOD_KINDS.map((kind) => ({
      key: kind,
      label: text.editor.roleKinds[kind],
      target: {
        mode: 'create' as const,
        kind: 'role' as const,
        prefill: { role: { ...dates, kind, title: words.lifeTitles[kind] } },
      },
    })),
    { key: 'project', label: words.project, target: { mode: 'create', kind: 'project', prefill: { project: dates } } },
    {
      key: 'learning',
      label: words.learning,
      target: { mode: 'create', kind: 'certificate', prefill: { certificate: { started: from, issued: to } } },
    },
  ];
  return (
    <article className="details" aria-labelledby={headingId}>
      <header className="details__header">
        <p className="details__kind">{words.kind}</p>
        <h3 id={headingId} className="details__title">
          {text.common.period(formatPartialDate(from), formatPartialDate(to))}
        </h3>
      </header>
      <p className="details__lead">{words.months(months)}</p>
      <section className="details__section" aria-label={words.choices}>
        <h4 className="details__subheading">{words.question}</h4>
        <p className="details__none">{words.lead}</p>
        <div className="details__choices">
          {choices.map((choice) => (
            <button key={choice.key} type="button" className="chip-button" onClick={() => setForm(choice.target)}>
              {choice.label}
            </button>
          ))}
        </div>
      </section>
      <EntryFormDialog
        target={form}
        profile={props.profile}
        update={props.update}
        onClose={() => setForm(null)}
        onSaved={props.onSelect}
      />
    </article>
  );
}
