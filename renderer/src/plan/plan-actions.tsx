import { createContext, useContext } from 'react';
import type { Finding, NextStep } from '../../../shared/lens/result';
import { text } from '../i18n/text';
import './plan.css';

/** What a next step or a finding becomes in the plan. */
export type PlanSource = { kind: 'next-step'; step: NextStep } | { kind: 'finding'; finding: Finding };

export interface PlanActions {
  /** Null while there is no active target to plan towards. */
  addToPlan: ((source: PlanSource) => void) | null;
  /** Whether the active target's plan already has a live step for these findings. */
  isPlanned: (findingKeys: readonly string[]) => boolean;
}

export const PlanActionsContext = createContext<PlanActions>({ addToPlan: null, isPlanned: () => false });

const findingKeysOf = (source: PlanSource) =>
  source.kind === 'next-step' ? source.step.findingKeys : [source.finding.key];

/** One press turns what the lens said into a dated step of the plan; once there, it says so. */
export function AddToPlanButton(props: { source: PlanSource; about: string }) {
  const { addToPlan, isPlanned } = useContext(PlanActionsContext);
  if (addToPlan === null) return null;
  if (isPlanned(findingKeysOf(props.source))) {
    return <span className="chip chip--planned">{text.plan.inPlan}</span>;
  }
  return (
    <button type="button" className="chip-button" onClick={() => addToPlan(props.source)}>
      {text.plan.addToPlan}
      <span className="visually-hidden">: {props.about}</span>
    </button>
  );
}
