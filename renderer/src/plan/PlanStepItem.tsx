import type { PlanStep, PlanStepStatus } from '../../../shared/domain/plan';
import { isOpenStep, type StepState } from '../../../shared/plan/step-state';
import { formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';

const copy = text.plan;

/** One step: what, when and where it stands, the findings it closes (live), and what to do next with it. */
export function PlanStepItem(props: {
  step: PlanStep;
  state: StepState;
  /** Which of the step's findings the lens still raises. */
  openFindings: ReadonlySet<string>;
  servesNames: readonly string[];
  /** At this pace…, for an open step on a course; null otherwise. */
  pace: string | null;
  onStatus: (status: PlanStepStatus) => void;
  onEdit: () => void;
  onLog: () => void;
  onDelete: () => void;
}) {
  const { step, state } = props;
  const open = isOpenStep(step);
  const stillOpen = step.findingKeys.filter((key) => props.openFindings.has(key)).length;
  return (
    <li className={`plan-step plan-step--${state}`} aria-label={step.title}>
      <p className="plan-step__title">
        <span className="plan-step__kind">{copy.kinds[step.kind]}</span> {step.title}
      </p>
      <p className="plan-step__meta">
        <span className={`plan-step__status plan-step__status--${step.status}`}>{copy.statuses[step.status]}</span>
        {step.status === 'done' && step.doneOn !== null && <span>{copy.doneOn(formatPartialDate(step.doneOn))}</span>}
        {open && <span>{step.due === null ? copy.noDue : copy.due(formatPartialDate(step.due))}</span>}
        {state === 'overdue' && <span className="plan-step__flag plan-step__flag--overdue">{copy.overdue}</span>}
        {state === 'due-soon' && <span className="plan-step__flag">{copy.dueSoon}</span>}
      </p>
      {props.servesNames.length > 0 && <p className="plan-step__serves">{copy.serves(props.servesNames.join(', '))}</p>}
      {props.pace !== null && <p className="plan-step__pace">{props.pace}</p>}
      {step.findingKeys.length > 0 && (
        <p className="plan-step__closes">
          {copy.closes(step.findingKeys.length)}{' '}
          <span className={stillOpen === 0 ? 'plan-step__closed' : 'plan-step__open'}>
            {stillOpen === 0 ? copy.closed : copy.stillOpen}
          </span>
        </p>
      )}
      <div className="plan-step__actions">
        {step.status === 'todo' && (
          <button type="button" className="chip-button" onClick={() => props.onStatus('doing')}>
            {copy.start}
            <span className="visually-hidden">: {step.title}</span>
          </button>
        )}
        {open ? (
          <button type="button" className="chip-button chip-button--act" onClick={() => props.onStatus('done')}>
            {copy.markDone}
            <span className="visually-hidden">: {step.title}</span>
          </button>
        ) : (
          <button type="button" className="chip-button" onClick={() => props.onStatus('todo')}>
            {copy.reopen}
            <span className="visually-hidden">: {step.title}</span>
          </button>
        )}
        {open && (
          <button type="button" className="chip-button" onClick={props.onLog}>
            {copy.logTime}
            <span className="visually-hidden">: {step.title}</span>
          </button>
        )}
        <button type="button" className="chip-button" onClick={props.onEdit}>
          {copy.edit}
          <span className="visually-hidden">: {step.title}</span>
        </button>
        <button type="button" className="chip-button" onClick={props.onDelete}>
          {copy.remove}
          <span className="visually-hidden">: {step.title}</span>
        </button>
      </div>
    </li>
  );
}
