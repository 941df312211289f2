import { useState, type SyntheticEvent } from 'react';
import { PlanStepKindSchema, PlanStepSchema, PlanStepStatusSchema, type PlanStep } from '../../../shared/domain/plan';
import { localDay } from '../../../shared/plan/days';
import { withStatus } from '../../../shared/plan/step-state';
import { Field } from '../editor/fields';
import { text } from '../i18n/text';
import type { ProfileUpdate } from '../profile/useProfile';
import { Dialog } from '../shell/Dialog';
import { FormFooter } from './form-parts';

const copy = text.plan.form;

/** A step written by hand, or one being edited: title, kind, due day, status and a note. */
export function StepDialog(props: {
  /** The step being edited, a new one's defaults, or null when closed. */
  step: { value: PlanStep; isNew: boolean } | null;
  update: ProfileUpdate;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={props.step !== null}
      onClose={props.onClose}
      title={props.step?.isNew === false ? copy.editTitle : copy.addTitle}
      closeButton={false}
    >
      {props.step !== null && <StepForm {...props} initial={props.step.value} isNew={props.step.isNew} />}
    </Dialog>
  );
}

function StepForm(props: { initial: PlanStep; isNew: boolean; update: ProfileUpdate; onClose: () => void }) {
  const [draft, setDraft] = useState(props.initial);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = PlanStepSchema.safeParse(withStatus(draft, draft.status, localDay(new Date())));
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? copy.failed);
      return;
    }
    const step = parsed.data;
    const saved = await props.update((api) =>
      api.executeCommand({ command: props.isNew ? { type: 'plan.add', step } : { type: 'plan.update', step } }),
    );
    if (saved) props.onClose();
    else setProblem(copy.failed);
  };

  return (
    <form className="editor-form" onSubmit={(event) => void submit(event)}>
      <Field label={copy.title}>
        {(aria) => (
          <input
            {...aria}
            className="field__input"
            value={draft.title}
            autoFocus
            onChange={(event) => setDraft({ ...draft, title: event.target.value })}
          />
        )}
      </Field>
      <div className="plan-form__row">
        <Field label={copy.kind}>
          {(aria) => (
            <select
              {...aria}
              className="field__input"
              value={draft.kind}
              onChange={(event) => setDraft({ ...draft, kind: PlanStepKindSchema.parse(event.target.value) })}
            >
              {PlanStepKindSchema.options.map((kind) => (
                <option key={kind} value={kind}>
                  {text.plan.kinds[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={copy.due}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              className="field__input"
              value={draft.due ?? ''}
              onChange={(event) => setDraft({ ...draft, due: event.target.value === '' ? null : event.target.value })}
            />
          )}
        </Field>
        {!props.isNew && (
          <Field label={text.plan.statusLabel}>
            {(aria) => (
              <select
                {...aria}
                className="field__input"
                value={draft.status}
                onChange={(event) => setDraft({ ...draft, status: PlanStepStatusSchema.parse(event.target.value) })}
              >
                {PlanStepStatusSchema.options.map((status) => (
                  <option key={status} value={status}>
                    {text.plan.statuses[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <Field label={copy.note}>
        {(aria) => (
          <textarea
            {...aria}
            className="field__input"
            rows={2}
            value={draft.note}
            onChange={(event) => setDraft({ ...draft, note: event.target.value })}
          />
        )}
      </Field>
      <FormFooter problem={problem} save={copy.save} onCancel={props.onClose} />
    </form>
  );
}
