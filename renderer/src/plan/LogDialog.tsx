import { useState, type SyntheticEvent } from 'react';
import { LearningSessionSchema, type LearningSession } from '../../../shared/domain/plan';
import type { Certificate } from '../../../shared/domain/profile';
import { localDay } from '../../../shared/plan/days';
import { Field } from '../editor/fields';
import { text } from '../i18n/text';
import { newId } from '../profile/new-id';
import type { ProfileUpdate } from '../profile/useProfile';
import { Dialog } from '../shell/Dialog';
import { FormFooter } from './form-parts';

const copy = text.plan.log;
/** A sitting most people log; changed in one field when it was longer. */
const DEFAULT_MINUTES = 30;

/** What the session is for, when it is opened from a step or a certificate. */
export interface LogRequest {
  certificateId: string | null;
  stepId: string | null;
}

/**
 * Logging a sitting in two presses: open it (from a step or a certificate, already filled in for
 * today and that course) and save. An in-progress course's percent can be moved on in the same step.
 */
export function LogDialog(props: {
  request: LogRequest | null;
  certificates: readonly Certificate[];
  update: ProfileUpdate;
  onClose: () => void;
}) {
  return (
    <Dialog open={props.request !== null} onClose={props.onClose} title={copy.title} closeButton={false}>
      {props.request !== null && <LogForm {...props} request={props.request} />}
    </Dialog>
  );
}

function LogForm(props: {
  request: LogRequest;
  certificates: readonly Certificate[];
  update: ProfileUpdate;
  onClose: () => void;
}) {
  const [session, setSession] = useState<LearningSession>(() => ({
    id: newId('log'),
    date: localDay(new Date()),
    minutes: DEFAULT_MINUTES,
    what: '',
    certificateId: props.request.certificateId,
    skill: null,
    stepId: props.request.stepId,
  }));
  const certificate = props.certificates.find((entry) => entry.id === session.certificateId) ?? null;
  const currentPercent = certificate?.status.state === 'in-progress' ? certificate.status.percentDone : null;
  const [percent, setPercent] = useState<number | null>(currentPercent);
  const [problem, setProblem] = useState<string | null>(null);
  // Courses still being learned first: they are what a session is usually for.
  const choices = [...props.certificates].sort(
    (a, b) => Number(a.status.state === 'earned') - Number(b.status.state === 'earned'),
  );

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = LearningSessionSchema.safeParse(session);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? copy.failed);
      return;
    }
    const moved = currentPercent !== null && percent !== null && percent !== currentPercent;
    const saved = await props.update((api) =>
      api.executeCommand({
        command: moved
          ? { type: 'log.add', session: parsed.data, percentDone: percent }
          : { type: 'log.add', session: parsed.data },
      }),
    );
    if (saved) props.onClose();
    else setProblem(copy.failed);
  };

  return (
    <form className="editor-form" aria-label={copy.title} onSubmit={(event) => void submit(event)}>
      <div className="plan-form__row">
        <Field label={copy.date}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              required
              className="field__input"
              value={session.date}
              onChange={(event) => setSession({ ...session, date: event.target.value })}
            />
          )}
        </Field>
        <Field label={copy.minutes}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={1}
              max={1440}
              required
              autoFocus
              className="field__input"
              value={Number.isNaN(session.minutes) ? '' : session.minutes}
              onChange={(event) => setSession({ ...session, minutes: Math.round(event.target.valueAsNumber) })}
            />
          )}
        </Field>
      </div>
      <Field label={copy.what}>
        {(aria) => (
          <input
            {...aria}
            className="field__input"
            value={session.what}
            onChange={(event) => setSession({ ...session, what: event.target.value })}
          />
        )}
      </Field>
      <Field label={copy.certificate}>
        {(aria) => (
          <select
            {...aria}
            className="field__input"
            value={session.certificateId ?? ''}
            onChange={(event) => {
              const id = event.target.value === '' ? null : event.target.value;
              const chosen = props.certificates.find((entry) => entry.id === id);
              setSession({ ...session, certificateId: id });
              setPercent(chosen?.status.state === 'in-progress' ? chosen.status.percentDone : null);
            }}
          >
            <option value="">{copy.none}</option>
            {choices.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {certificate !== null && currentPercent !== null && (
        <Field label={copy.percent(certificate.title)}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={0}
              max={100}
              className="field__input plan-form__percent"
              value={percent ?? ''}
              onChange={(event) =>
                setPercent(Number.isNaN(event.target.valueAsNumber) ? null : Math.round(event.target.valueAsNumber))
              }
            />
          )}
        </Field>
      )}
      <FormFooter problem={problem} save={copy.save} onCancel={props.onClose} />
    </form>
  );
}
