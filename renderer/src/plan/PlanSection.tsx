import { useId, useState } from 'react';
import type { PlanStep, PlanStepStatus } from '../../../shared/domain/plan';
import type { Profile, TargetRole } from '../../../shared/domain/profile';
import { refKey } from '../../../shared/domain/refs';
import type { Finding } from '../../../shared/lens/result';
import { localDay } from '../../../shared/plan/days';
import { stepPace } from '../../../shared/plan/pace';
import { paceSentence } from '../../../shared/plan/plan-text';
import { isOpenStep, newPlanStep, planOf, stepState, withStatus } from '../../../shared/plan/step-state';
import { text } from '../i18n/text';
import { newId } from '../profile/new-id';
import type { ProfileUpdate } from '../profile/useProfile';
import { LearningLogSection } from './LearningLogSection';
import { LogDialog, type LogRequest } from './LogDialog';
import { PlanStepItem } from './PlanStepItem';
import { ReadinessChart } from './ReadinessChart';
import { StepDialog } from './StepDialog';
import './plan.css';

const copy = text.plan;

/**
 * The plan towards the active target and the learning log: steps in the order to work on them,
 * each with the findings it closes as the lens reads them now, so finishing one shows them close.
 */
export function PlanSection(props: {
  profile: Profile;
  target: TargetRole;
  findings: readonly Finding[] | null;
  update: ProfileUpdate;
}) {
  const { profile, target } = props;
  const today = localDay(new Date());
  const steps = planOf(profile, target.id);
  const [editing, setEditing] = useState<{ value: PlanStep; isNew: boolean } | null>(null);
  const [logging, setLogging] = useState<LogRequest | null>(null);
  const headingId = useId();
  const openFindings = new Set(
    (props.findings ?? []).filter((finding) => finding.dismissed === null).map((finding) => finding.key),
  );
  const names = new Map<string, string>([
    ...profile.roles.map((role) => [refKey({ kind: 'role', id: role.id }), role.title] as const),
    ...profile.projects.map((project) => [refKey({ kind: 'project', id: project.id }), project.title] as const),
    ...profile.certificates.map(
      (certificate) => [refKey({ kind: 'certificate', id: certificate.id }), certificate.title] as const,
    ),
  ]);

  const setStatus = (step: PlanStep, status: PlanStepStatus) => {
    const next = withStatus(step, status, today);
    void props.update((api) => api.executeCommand({ command: { type: 'plan.update', step: next } }));
  };

  return (
    <div className="plan-section">
      <ReadinessChart target={target} profile={profile} />
      <section className="tv-card" aria-labelledby={headingId}>
        <div className="plan-section__top">
          <h3 id={headingId} className="tv-card__heading">
            {copy.heading}
          </h3>
          <button
            type="button"
            className="button"
            onClick={() =>
              setEditing({ value: newPlanStep({ id: newId('step'), targetId: target.id, due: null }), isNew: true })
            }
          >
            {copy.addStep}
          </button>
        </div>
        <p className="tv-card__lead">{copy.lead(target.title)}</p>
        {steps.length === 0 ? (
          <p className="muted">{copy.empty}</p>
        ) : (
          <ol className="plan-steps">
            {steps.map((step) => {
              // A course already earned has no pace to speak of: the step is about something else now.
              const pace = isOpenStep(step) ? stepPace(profile, step, today) : null;
              const paceText = pace === null || pace.kind === 'finished' ? null : paceSentence(pace);
              return (
                <PlanStepItem
                  key={step.id}
                  step={step}
                  state={stepState(step, today)}
                  openFindings={openFindings}
                  servesNames={step.serves.flatMap((ref) => names.get(refKey(ref)) ?? [])}
                  pace={paceText}
                  onStatus={(status) => setStatus(step, status)}
                  onEdit={() => setEditing({ value: step, isNew: false })}
                  onLog={() =>
                    setLogging({
                      stepId: step.id,
                      certificateId: step.serves.find((ref) => ref.kind === 'certificate')?.id ?? null,
                    })
                  }
                  onDelete={() =>
                    void props.update((api) => api.executeCommand({ command: { type: 'plan.delete', id: step.id } }))
                  }
                />
              );
            })}
          </ol>
        )}
      </section>
      <LearningLogSection
        profile={profile}
        today={today}
        update={props.update}
        onLog={() => setLogging({ stepId: null, certificateId: null })}
      />
      <StepDialog step={editing} update={props.update} onClose={() => setEditing(null)} />
      <LogDialog
        request={logging}
        certificates={profile.certificates}
        update={props.update}
        onClose={() => setLogging(null)}
      />
    </div>
  );
}
