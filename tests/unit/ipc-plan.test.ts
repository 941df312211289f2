import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { newCertificate } from '../../shared/domain/entries';
import { emptyProfile, type Profile } from '../../shared/domain/profile';
import { encodeStoredProfile } from '../../electron/main/store/profile-file';
import { PROFILE_FILE } from '../../electron/main/store/profile-store';
import { createPreferences, memoryPreferenceStore } from '../../electron/main/preferences/preferences';
import { ipcContract, type Channel, type ResponseOf } from '../../shared/ipc/contract';
import { addDays, localDay } from '../../shared/plan/days';
import { APP_MAIN_FRAME, startTestMainProcess } from '../../scripts/support/main-process';

const today = localDay(new Date());

/** A certificate expiring in 20 days (its 30-day notice fell due ten days ago) and a step due in three. */
function planned(): Profile {
  return {
    ...emptyProfile(),
    certificates: [
      newCertificate({ id: 'aws', title: 'AWS Cloud Practitioner', issued: '2024-01', expires: addDays(today, 20) }),
    ],
    targets: [
      {
        id: 't1',
        title: 'Cloud engineer',
        occupationId: null,
        skills: [],
        paceOverride: null,
        targetDate: null,
        posting: null,
      },
    ],
    activeTargetId: 't1',
    plan: [
      {
        id: 'deploy',
        targetId: 't1',
        kind: 'apply',
        title: 'Deploy a small app on AWS',
        skills: [],
        serves: [{ kind: 'certificate', id: 'aws' }],
        findingKeys: [],
        due: addDays(today, 3),
        status: 'todo',
        doneOn: null,
        note: '',
      },
    ],
  };
}

function mainWith(profile: Profile, lastOpenedDay: string | null) {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-plan-ipc-'));
  writeFileSync(path.join(dataFolder, PROFILE_FILE), encodeStoredProfile(1, profile), { mode: 0o600 });
  const preferences = createPreferences(memoryPreferenceStore());
  preferences.set('lastOpenedDay', lastOpenedDay);
  return { main: startTestMainProcess({ dataFolder, preferences }), preferences };
}

async function call<C extends Channel>(
  main: ReturnType<typeof startTestMainProcess>,
  channel: C,
  request: object,
): Promise<ResponseOf<C>> {
  const result = await main.dispatch(channel, APP_MAIN_FRAME, request);
  if (!result.ok) throw new Error(result.error.message);
  return ipcContract[channel].response.parse(result.value) as ResponseOf<C>;
}

describe('reminders over IPC', () => {
  it('names what fell due while the app was closed and what comes in the next two weeks', async () => {
    const { main, preferences } = mainWith(planned(), addDays(today, -30));
    const due = await call(main, 'plan.upcoming', {});
    expect(due.missed.map((reminder) => reminder.id)).toEqual(['expiry-30:aws']);
    expect(due.upcoming.map((reminder) => reminder.id)).toEqual(['step-due:deploy', 'expiry-7:aws']);
    expect(preferences.get('lastOpenedDay')).toBe(today);
  });

  it('reads and changes this computer’s reminder settings', async () => {
    const { main, preferences } = mainWith(planned(), null);
    expect(await call(main, 'plan.reminderSettings', {})).toEqual({ notifications: true, weeklyNudge: false });
    expect(await call(main, 'plan.reminderSettings', { weeklyNudge: true, notifications: false })).toEqual({
      notifications: false,
      weeklyNudge: true,
    });
    expect(preferences.get('reminders').enabled).toBe(false);
  });
});

describe('the plan as a calendar file', () => {
  it('writes the steps and renewals as all-day events another calendar parser reads', async () => {
    const { main } = mainWith(planned(), null);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-ics-')), 'plan.ics');
    main.desktop.documentAnswers.push(file);
    const answer = await call(main, 'export.document', { kind: 'calendar', targetId: 't1' });
    expect(answer).toEqual({ status: 'saved', file });
    const calendar = ICAL.Component.fromString(readFileSync(file, 'utf8'));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const step = events.find((event) => event.uid === 'step-deploy@throughline');
    expect(step?.startDate.isDate).toBe(true);
    expect(step?.startDate.toString()).toBe(addDays(today, 3));
    expect(events.some((event) => event.uid === 'renew-aws@throughline')).toBe(true);
  });
});
