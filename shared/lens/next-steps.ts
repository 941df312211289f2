import type { Certificate, Project, Role } from '../domain/profile';
import { LENS_CONFIG } from './config';
import type { EntityKind } from '../domain/profile';
import { endOf, isRole, keysOf, type Context } from './context';
import { joinedList } from '../domain/text';
import { rememberRecent } from './memo';
import { monthIndex, readableMonth } from '../domain/months';
import { subjectKey } from './cards';
import { compareText } from '../taxonomy/text';
import type { CertificateAssessment, Finding, NextStep, SkillEvidence } from './result';

interface Step {
  step: NextStep;
  weight: number;
}

/**
 * How much each kind of step changes a reader's view, highest first: learning already used but not
 * shown as used is the cheapest, largest change; then the bridge a career change lacks; then
 * evidence for core skills; tidying the list matters least. At most `cap` steps of one kind, so the
 * few steps shown cover different things.
 */
const KINDS = {
  'link-used-learning': { weight: 100, cap: 3 },
  'bridge-transition': { weight: 90, cap: 1 },
  'evidence-core-skill': { weight: 80, cap: 1 },
  'apply-certified-skill': { weight: 70, cap: 1 },
  'renew-credential': { weight: 60, cap: 1 },
  'reword-claim': { weight: 50, cap: 1 },
  'link-learning': { weight: 45, cap: 1 },
  'explain-gap': { weight: 40, cap: 1 },
  'background-off-target': { weight: 30, cap: 1 },
} satisfies Record<NextStep['kind'], { weight: number; cap: number }>;

const quoted = (titles: readonly string[]) => joinedList(titles.map((title) => `“${title}”`));

interface Inputs {
  context: Context;
  assessments: readonly CertificateAssessment[];
  findings: readonly Finding[];
  evidence: readonly SkillEvidence[];
}

/** The few actions that would most change how a reader sees the profile for the active target. */
export function nextSteps(inputs: Inputs): NextStep[] {
  const open = new Map<string, Finding>();
  for (const finding of inputs.findings) if (finding.dismissed === null) open.set(finding.key, finding);
  const steps = [
    ...certificateSteps(inputs),
    ...targetSteps(inputs, open),
    ...gapSteps(inputs.findings, open),
    ...offTargetSteps(inputs, open),
  ].sort((a, b) => b.weight - a.weight || compareText(a.step.key, b.step.key));
  // A certificate a higher step already acts on (the bridge to follow with a project, the link to
  // make) is not offered again.
  const actedOn = new Set<string>();
  const taken = new Map<NextStep['kind'], number>();
  const chosen: NextStep[] = [];
  for (const { step } of steps) {
    if (chosen.length >= LENS_CONFIG.nextSteps) break;
    const count = taken.get(step.kind) ?? 0;
    const on = [typeof step.subject === 'string' ? step.subject : '', ...step.related.map((entity) => entity.id)];
    // Using certified-only skills is asked for already when every certificate behind them is to be linked.
    const coveredAbove =
      (step.kind === 'link-learning' && on.some((id) => actedOn.has(id))) ||
      (step.kind === 'apply-certified-skill' &&
        step.related.length > 0 &&
        step.related.every((entity) => actedOn.has(entity.id)));
    if (count >= KINDS[step.kind].cap || coveredAbove) continue;
    taken.set(step.kind, count + 1);
    for (const id of on) if (id !== '') actedOn.add(id);
    chosen.push(step);
  }
  return chosen;
}

function step(kind: NextStep['kind'], fields: Omit<NextStep, 'kind' | 'key'>, bonus = 0): Step {
  const key = `${kind}:${subjectKey(fields.subject)}`;
  return { step: { ...fields, key, kind }, weight: KINDS[kind].weight + bonus };
}

type Use = { entity: Role | Project; kind: EntityKind; end: number };

/**
 * The roles and projects by the concepts they name and by the target skills those are evidence
 * for: built once per roles, projects and target, so finding where each unlinked certificate was
 * used does not read every role and project again.
 */
const workIndex = rememberRecent(
  (
    roles: readonly Role[],
    projects: readonly Project[],
    roleKeys: ReadonlyMap<string, string[]>,
    projectKeys: ReadonlyMap<string, string[]>,
    reading: Context['reading'],
    now: number,
  ) => {
    const byKey = new Map<string, Use[]>();
    const byServed = new Map<number, Use[]>();
    const file = <K>(index: Map<K, Use[]>, at: K, use: Use) => {
      const list = index.get(at);
      if (list === undefined) index.set(at, [use]);
      else if (list[list.length - 1] !== use) list.push(use);
    };
    const add = (kind: EntityKind, entity: Role | Project) => {
      const use = { entity, kind, end: endOf(entity, now) };
      for (const key of (kind === 'role' ? roleKeys : projectKeys).get(entity.id) ?? []) {
        file(byKey, key, use);
        for (const at of reading?.evidenceFor(key) ?? []) file(byServed, at, use);
      }
    };
    for (const role of roles) add('role', role);
    for (const project of projects) add('project', project);
    // Latest first: the places still going when a certificate was earned lead every list.
    for (const index of [byKey, byServed]) for (const list of index.values()) list.sort(latestFirst);
    return { byKey, byServed };
  },
);

const latestFirst = (a: Use, b: Use) => b.end - a.end || compareText(a.entity.id, b.entity.id);

/** How many places a step names: the few a reader can act on. */
const NAMED_USES = 3;

/**
 * Where a certificate's learning shows up in work (roles and projects, still going when or after it
 * was earned, using a skill it teaches or a target skill it serves): the few most recent, the
 * place a reader would expect it to be used.
 */
function usedWhere(certificate: Certificate, inputs: Inputs): Use[] {
  const { context } = inputs;
  const { roles, projects } = context.profile;
  const index = workIndex(roles, projects, context.keysOf.role, context.keysOf.project, context.reading, context.now);
  const issued = certificate.issued === null ? null : monthIndex(certificate.issued);
  const found = new Set<Use>();
  const takeFirst = (list: readonly Use[] | undefined) => {
    let taken = 0;
    for (const use of list ?? []) {
      if (taken >= NAMED_USES) break;
      if (issued !== null && use.end < issued) break;
      found.add(use);
      taken += 1;
    }
  };
  for (const key of keysOf(context, 'certificate', certificate.id)) {
    takeFirst(index.byKey.get(key));
    for (const at of context.reading?.evidenceFor(key) ?? []) takeFirst(index.byServed.get(at));
  }
  return [...found].sort(latestFirst).slice(0, NAMED_USES);
}

const STEP_CODES = new Set<Finding['code']>(['CERT_UNAPPLIED', 'CERT_EXPIRED', 'CERT_INFLATED_CLAIM']);

function certificateSteps(inputs: Inputs): Step[] {
  const { context } = inputs;
  // The open findings a step acts on, by certificate: most certificates have none.
  const acting = new Map<string, Map<Finding['code'], Finding>>();
  for (const finding of inputs.findings) {
    if (finding.dismissed !== null || typeof finding.subject !== 'string' || !STEP_CODES.has(finding.code)) continue;
    let codes = acting.get(finding.subject);
    if (codes === undefined) {
      codes = new Map();
      acting.set(finding.subject, codes);
    }
    codes.set(finding.code, finding);
  }
  const byId = context.certificatesById;
  const steps: Step[] = [];
  let linkLearning: Step | null = null;
  // One renewal and one rewording are ever shown (a cap of one, ties going to the first key): the
  // first certificate by id that needs one, so a profile with hundreds does not word them all.
  let renew: Step | null = null;
  let reword: Step | null = null;
  for (const assessment of inputs.assessments) {
    const codes = acting.get(assessment.certificateId);
    const certificate = codes === undefined ? undefined : byId.get(assessment.certificateId);
    if (codes === undefined || certificate === undefined) continue;
    const id = certificate.id;
    const title = certificate.title;
    const unapplied = codes.get('CERT_UNAPPLIED');
    if (unapplied !== undefined) {
      const used = usedWhere(certificate, inputs);
      const first = used[0];
      if (first !== undefined) {
        const where =
          isRole(first.entity) && first.entity.organization !== '' ? ` at ${first.entity.organization}` : '';
        steps.push(
          step(
            'link-used-learning',
            {
              subject: id,
              related: used.map(({ entity, kind }) => ({ kind, id: entity.id })),
              skills: assessment.serves.slice(0, 3),
              text: `Link “${title}” to ${first.entity.title}${where}, where you used what it taught.`,
              why: 'Learning already put to use is the signal a reader trusts most; unlinked, it reads as learning that led nowhere.',
              findingKeys: [unapplied.key],
            },
            used.length + (assessment.relevance === 'strong' ? 3 : 0),
          ),
        );
      } else if (linkLearning === null || assessment.relevance === 'strong') {
        linkLearning = step('link-learning', {
          subject: id,
          related: [],
          skills: assessment.serves.slice(0, 3),
          text: `Use “${title}” in a small project, or link it to the role or project where you used it.`,
          why: 'A certificate followed by work that uses it shows the learning led somewhere.',
          findingKeys: [unapplied.key],
        });
      }
    }
    const expired = codes.get('CERT_EXPIRED');
    if (renew === null && expired !== undefined && expired.severity === 'warning') {
      renew = step('renew-credential', {
        subject: id,
        related: [],
        skills: assessment.serves.slice(0, 3),
        text: `Renew “${title}”, or list it as expired with the year.`,
        why: 'A lapsed credential that still matters for the target invites the question why it lapsed.',
        findingKeys: [expired.key],
      });
    }
    const inflated = codes.get('CERT_INFLATED_CLAIM');
    if (reword === null && inflated !== undefined && assessment.inflatedClaim !== null) {
      reword = step('reword-claim', {
        subject: id,
        related: [],
        skills: [],
        text: `Describe “${title}” by what you learned and used, not “${assessment.inflatedClaim}”.`,
        why: 'Claims of mastery from a course make a reader sceptical of the rest.',
        findingKeys: [inflated.key],
      });
    }
  }
  for (const single of [linkLearning, renew, reword]) if (single !== null) steps.push(single);
  return steps;
}

function targetSteps(inputs: Inputs, open: ReadonlyMap<string, Finding>): Step[] {
  const { context, assessments, evidence } = inputs;
  const target = context.target;
  if (target === null) return [];
  const steps: Step[] = [];
  const transition = open.get(`PROFILE_TRANSITION_UNSUPPORTED:${target.id}`);
  const core = evidence.filter((entry) => entry.importance === 'essential');
  const missing = core.filter((entry) => entry.level === 'none' || entry.level === 'planned');
  // Skills a higher step already asks to use: a lower one does not ask again.
  const asked = new Set<string>();
  if (transition !== undefined) {
    const byId = context.certificatesById;
    const best = assessments
      .filter((entry) => !entry.intent && entry.relevance !== 'none' && entry.learning === 'certificate')
      .sort((a, b) => (a.relevance === 'strong' ? 0 : 1) - (b.relevance === 'strong' ? 0 : 1))[0];
    const title = best === undefined ? undefined : byId.get(best.certificateId)?.title;
    if (title !== undefined) for (const skill of best?.serves.slice(0, 2) ?? []) asked.add(skill);
    steps.push(
      step('bridge-transition', {
        subject: target.id,
        related: best === undefined ? [] : [{ kind: 'certificate', id: best.certificateId }],
        skills: best?.serves.slice(0, 3) ?? missing.slice(0, 2).map((entry) => entry.skill),
        text:
          title === undefined
            ? `Take one course for ${joinedList(missing.slice(0, 2).map((entry) => entry.skill))} and follow it with a project that uses it.`
            : `Follow “${title}” with a project that uses ${joinedList(best?.serves.slice(0, 2) ?? [])}, and link the two.`,
        why: 'A change of direction convinces when learning for the new role is followed by using it.',
        findingKeys: [transition.key],
      }),
    );
  }
  const unevidenced = open.get(`PROFILE_TARGET_SKILL_UNEVIDENCED:${target.id}`);
  if (unevidenced !== undefined && missing.length > 0) {
    const shown = missing.slice(0, 3);
    const named = shown.map((entry) => entry.skill);
    const more = missing.length > 3 ? ` (and ${missing.length - 3} more core skills)` : '';
    const them = named.length === 1 ? 'it' : 'them';
    // Learning already under way for all of them: finishing it and using it is the step, not more plans.
    const underway = missing.every((entry) => entry.level === 'planned')
      ? context.certificatesById.get(shown[0]?.certificates[0] ?? '')
      : undefined;
    steps.push(
      step('evidence-core-skill', {
        subject: target.id,
        related: underway === undefined ? [] : [{ kind: 'certificate', id: underway.id }],
        skills: named,
        text:
          underway === undefined
            ? `Add evidence for ${quoted(named)}${more}: the role or project where you used ${them}, or learning you plan.`
            : `Finish “${underway.title}” and use ${quoted(named)}${more} in a project, or add where you already used ${them}.`,
        why: `A reader for ${target.title} checks its core skills first; these have nothing behind them yet.`,
        findingKeys: [unevidenced.key],
      }),
    );
  }
  const certifiedOnly = open.get(`PROFILE_SKILL_CERTIFIED_NOT_APPLIED:${target.id}`);
  const certified = core.filter((entry) => entry.level === 'certified' && !asked.has(entry.skill));
  if (certifiedOnly !== undefined && certified.length > 0) {
    const named = certified.slice(0, 3).map((entry) => entry.skill);
    steps.push(
      step('apply-certified-skill', {
        subject: target.id,
        related: [...new Set(certified.flatMap((entry) => entry.certificates))]
          .slice(0, 3)
          .map((id) => ({ kind: 'certificate' as const, id })),
        skills: named,
        text: `Use ${quoted(named)} in a project and add its link: only certificates back ${named.length === 1 ? 'it' : 'them'} today.`,
        why: 'Certificates open the door; a project that uses the skill is what a reader looks for next.',
        findingKeys: [certifiedOnly.key],
      }),
    );
  }
  return steps;
}

function gapSteps(findings: readonly Finding[], open: ReadonlyMap<string, Finding>): Step[] {
  // The most recent gap first: a reader notices the latest silence most.
  const latest = findings
    .filter((finding) => finding.code === 'PROFILE_TIMELINE_GAP' && open.has(finding.key))
    .sort((a, b) => compareText(b.key, a.key))[0];
  if (latest === undefined || latest.subject === null || typeof latest.subject === 'string') return [];
  return [
    step('explain-gap', {
      subject: latest.subject,
      related: [],
      skills: [],
      text: `Say what you did from ${readableMonth(latest.subject.from)} to ${readableMonth(latest.subject.to)}: study, caring, travel or a project, in one line.`,
      why: 'An unexplained stretch interrupts the story; readers fill the silence themselves.',
      findingKeys: [latest.key],
    }),
  ];
}

function offTargetSteps(inputs: Inputs, open: ReadonlyMap<string, Finding>): Step[] {
  const { context } = inputs;
  if (context.target === null) return [];
  const off = inputs.findings.flatMap((finding) =>
    finding.code === 'CERT_OFF_TARGET' && open.has(finding.key) && typeof finding.subject === 'string'
      ? [{ key: finding.key, id: finding.subject }]
      : [],
  );
  if (off.length === 0) return [];
  const named = off.slice(0, 3).flatMap((entry) => context.certificatesById.get(entry.id)?.title ?? []);
  return [
    step('background-off-target', {
      subject: context.target.id,
      related: off.slice(0, 3).map((entry) => ({ kind: 'certificate' as const, id: entry.id })),
      skills: [],
      text: `Keep ${off.length === 1 ? quoted(named) : `${off.length} certificates that do not serve ${context.target.title} (${quoted(named)}${off.length > 3 ? '…' : ''})`} as background${off.length === 1 ? ` for ${context.target.title}` : ''}.`,
      why: 'Shown first, learning unrelated to the role takes the space of what makes the case.',
      findingKeys: off.map((entry) => entry.key),
    }),
  ];
}
