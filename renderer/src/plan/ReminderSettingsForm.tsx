import { useState } from 'react';
import type { ReminderSettings } from '../../../shared/plan/reminders';
import { text } from '../i18n/text';
import { ask } from '../ipc/client';
import { useBridgeQuery } from '../ipc/useBridgeQuery';

const copy = text.plan.reminders;

/** This computer's reminder switches: kept in its preferences, not in the profile. */
export function ReminderSettingsForm() {
  const read = useBridgeQuery((api) => api.setReminderSettings({}));
  const [saved, setSaved] = useState<ReminderSettings | null>(null);
  const settings = saved ?? (read.status === 'ready' ? read.value : null);
  if (settings === null) return null;
  // The box follows the press at once; main's answer then says what was kept (the old value, if refused).
  const change = async (next: Partial<ReminderSettings>) => {
    setSaved({ ...settings, ...next });
    const answer = await ask((api) => api.setReminderSettings(next));
    setSaved(answer.ok ? answer.value : settings);
  };
  return (
    <fieldset className="reminder-settings">
      <legend className="field__label">{copy.heading}</legend>
      <label>
        <input
          type="checkbox"
          checked={settings.notifications}
          onChange={(event) => void change({ notifications: event.target.checked })}
        />
        {copy.notifications}
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.weeklyNudge}
          onChange={(event) => void change({ weeklyNudge: event.target.checked })}
        />
        {copy.weeklyNudge}
      </label>
    </fieldset>
  );
}
