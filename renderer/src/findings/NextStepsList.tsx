import { actionForStep } from '../../../shared/lens/actions';
import type { NextStep } from '../../../shared/lens/result';
import { ActionButton } from '../actions/lens-actions';
import { AddToPlanButton } from '../plan/plan-actions';
import { text } from '../i18n/text';
import { shownBy, type RevealProps } from './reveal';
import { RevealText } from './RevealText';

const copy = text.findings;

/** The few actions that would most change a recruiter's reading, most telling first. */
export function NextStepsList(props: RevealProps & { steps: readonly NextStep[] }) {
  return (
    <section className="next-steps" aria-labelledby="next-steps-heading">
      <h3 id="next-steps-heading" className="findings__heading">
        {copy.nextStepsHeading}
      </h3>
      <p className="next-steps__lead">{copy.nextStepsLead}</p>
      <ol className="next-steps__list">
        {props.steps.map((step) => (
          <li key={step.key} className="next-step">
            <RevealText
              item={shownBy(step, props.canReveal)}
              words={step.text}
              className="next-step__text"
              canReveal={props.canReveal}
              onReveal={props.onReveal}
            />
            {step.skills.length > 0 && <p className="next-step__skills">{copy.serves(step.skills.join(', '))}</p>}
            <div className="next-step__actions">
              <ActionButton action={actionForStep(step)} about={step.text} />
              <AddToPlanButton source={{ kind: 'next-step', step }} about={step.text} />
            </div>
            <details className="next-step__why">
              <summary>
                {copy.nextStepWhy}
                <span className="visually-hidden">: {step.text}</span>
              </summary>
              <p>{step.why}</p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
