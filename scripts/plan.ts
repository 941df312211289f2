/**
 * `npm run plan -- <profile.json> [--now YYYY-MM-DD] [--json] [--ics out.ics]`: the active target's
 * plan with each step's state, the hours studied per week against the goal, the pace of the
 * certificates still being worked on, and the reminders of the next UPCOMING_DAYS days, without the app.
 * `--ics` also writes the plan and the renewals as an iCalendar file (and refuses any other name).
 * Exit codes: 0 done, 2 the file or the arguments could not be used (as `npm run analyze`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Profile } from '../shared/domain/profile';
import type { Day } from '../shared/domain/refs';
import { count } from '../shared/domain/text';
import { activeTarget } from '../shared/domain/entries';
import { isDay, localDay } from '../shared/plan/days';
import { behindGoal, weeklyHours } from '../shared/plan/learning-log';
import { certificatePace, stepPace, type Pace } from '../shared/plan/pace';
import { hoursText, paceSentence, STEP_STATE_TEXT } from '../shared/plan/plan-text';
import { UPCOMING_DAYS, upcomingAndMissed } from '../shared/plan/reminders';
import { isOpenStep, planOf, stepState } from '../shared/plan/step-state';
import { planCalendar } from '../electron/main/plan/calendar';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { readinessLine, readinessReport } from '../shared/plan/readiness';
import { exitQuietlyOnClosedPipe, fail, fileAndOptions, profileFromFile } from './cli-support';

exitQuietlyOnClosedPipe();

const USAGE = 'usage: npm run plan -- <profile.json> [--now YYYY-MM-DD] [--json] [--ics out.ics]';
/** The study chart of the CLI: about three months. */
const WEEKS_SHOWN = 12;

const options = { now: { type: 'string' }, json: { type: 'boolean' }, ics: { type: 'string' } } as const;
const { file, values } = fileAndOptions(options, USAGE);
// The day where the person is, not in UTC: late in the evening west of Greenwich it is already tomorrow in UTC.
const now = values.now ?? localDay(new Date());
if (!isDay(now)) fail(`--now must be a date as YYYY-MM-DD, not “${now}”.`);
const icsFile = values.ics;
// Writing over a file given by mistake (the profile itself, say) would lose it: only a .ics is written.
if (icsFile !== undefined && !icsFile.toLowerCase().endsWith('.ics'))
  fail(`--ics writes an iCalendar file: give it a name ending in .ics, not “${icsFile}”.`);

const profile = profileFromFile(file);

function planReport(profile: Profile, today: Day) {
  const target = activeTarget(profile);
  const steps = target === null ? [] : planOf(profile, target.id);
  return {
    target: target === null ? null : { id: target.id, title: target.title, targetDate: target.targetDate },
    steps: steps.map((step) => {
      const pace = isOpenStep(step) ? stepPace(profile, step, today) : null;
      return {
        id: step.id,
        title: step.title,
        kind: step.kind,
        status: step.status,
        due: step.due,
        doneOn: step.doneOn,
        state: stepState(step, today),
        pace: pace === null ? null : { ...pace, sentence: paceSentence(pace) },
      };
    }),
  };
}

function studyReport(profile: Profile, today: Day) {
  return {
    goalHours: profile.settings.weeklyGoalHours,
    behindGoal: behindGoal(profile, today),
    weeks: weeklyHours(profile, today, WEEKS_SHOWN),
  };
}

/** Certificates still to finish, each against its first open step in the active plan when it has one. */
function paceReport(profile: Profile, today: Day) {
  return profile.certificates
    .filter((certificate) => certificate.status.state !== 'earned')
    .map((certificate) => {
      const step = profile.plan.find(
        (candidate) =>
          candidate.targetId === profile.activeTargetId &&
          isOpenStep(candidate) &&
          candidate.serves.some((ref) => ref.kind === 'certificate' && ref.id === certificate.id),
      );
      const pace: Pace = certificatePace(profile, certificate, today, step);
      return {
        certificateId: certificate.id,
        title: certificate.title,
        status: certificate.status,
        hours: certificate.hours,
        stepId: step?.id ?? null,
        pace,
        sentence: paceSentence(pace),
      };
    });
}

/** Readiness now and where the open steps lead by the target date: the two ends of the chart in the app. */
function readinessNowAndThen(profile: Profile, today: Day) {
  const taxonomy = loadTaxonomy(path.resolve(import.meta.dirname, '../assets/taxonomy/taxonomy.json.gz'));
  const reading = readinessReport(profile, taxonomy, today);
  if (reading === null) return null;
  return { line: reading.line, now: reading.history.at(-1) ?? null, atTargetDate: reading.projected.at(-1) ?? null };
}

const report = {
  now,
  ...planReport(profile, now),
  readiness: readinessNowAndThen(profile, now),
  study: studyReport(profile, now),
  pace: paceReport(profile, now),
  reminders: { upcoming: upcomingAndMissed(profile, now, null, { weeklyNudge: true }).upcoming },
};

function printText(): void {
  const { target, steps, readiness, study, pace, reminders } = report;
  const targetDate = target === null || target.targetDate === null ? '' : ` (target date ${target.targetDate})`;
  console.log(
    `Throughline plan — ${target === null ? 'no active target' : `target: ${target.title}${targetDate}`}, as of ${now}`,
  );

  console.log(`\nPlan (${count(steps.length, 'step')}):`);
  if (steps.length === 0) console.log('  No steps yet.');
  for (const step of steps) {
    // The state already says done or dropped; what it cannot say is when, or that work has begun.
    const done = step.doneOn !== null ? `, on ${step.doneOn}` : step.status === 'doing' ? ', in progress' : '';
    const state = `[${STEP_STATE_TEXT[step.state]}]`.padEnd(11);
    console.log(`  ${state} ${step.due ?? '          '}  ${step.title} (${step.kind}${done})`);
    // A finished certificate has no pace worth a line here; the JSON still says so.
    if (step.pace !== null && step.pace.kind !== 'finished') console.log(`      ${step.pace.sentence}`);
  }

  if (readiness !== null) {
    console.log(`\nReadiness: ${readiness.line}`);
    const then = readiness.atTargetDate;
    if (then !== null) {
      console.log(`  ${readinessLine(then, `With the plan, by ${then.day}`)}.`);
    }
  }

  const goal = study.goalHours;
  console.log(
    `\nStudy, last ${WEEKS_SHOWN} weeks${goal === null ? ' (no weekly goal set)' : ` (goal ${hoursText(goal)} h a week)`}:`,
  );
  for (const week of study.weeks) {
    const bar = '#'.repeat(Math.round(week.hours * 2));
    const met = week.met === null ? '' : week.met ? '  met' : week.complete ? '  short' : '  so far';
    console.log(`  week of ${week.weekStart}  ${hoursText(week.hours).padStart(5)} h${met.padEnd(8)} ${bar}`);
  }
  if (study.behindGoal) console.log('  Last week fell short of the goal.');

  if (pace.length > 0) {
    console.log(`\nPace:`);
    for (const entry of pace) console.log(`  ${entry.title}: ${entry.sentence}`);
  }

  console.log(`\nReminders, next ${count(UPCOMING_DAYS, 'day')}:`);
  if (reminders.upcoming.length === 0) console.log('  None.');
  for (const reminder of reminders.upcoming) console.log(`  ${reminder.day}  ${reminder.title} — ${reminder.detail}`);
}

if (values.json === true) console.log(JSON.stringify(report, null, 2));
else printText();

if (icsFile !== undefined) {
  const calendar = planCalendar(profile);
  try {
    writeFileSync(icsFile, calendar.text);
  } catch (error) {
    fail(`${icsFile} could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
  // On stderr with --json, so what is on stdout stays one JSON document.
  const say = values.json === true ? console.error : console.log;
  say(`Wrote ${count(calendar.events, 'event')} to ${icsFile}.`);
}
