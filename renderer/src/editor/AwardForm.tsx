import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { Award, Profile } from '../../../shared/domain/profile';
import { refKey } from '../../../shared/domain/refs';
import { text } from '../i18n/text';
import { MonthField, SelectField, TextAreaField, TextField } from './fields';
import type { EntryFormTarget } from './entry-form-target';
import { FormActions } from './FormActions';
import { AwardFormSchema, awardFromForm, awardToForm, type AwardFormInput, type AwardFormValues } from './form-schemas';

/**
 * An award: what it is, who gave it, when and what for. A new one can name the role or project it
 * was given for; more links, and their notes, are made from its details.
 */
export function AwardForm(props: {
  id: string;
  award: Award | null;
  profile: Pick<Profile, 'roles' | 'projects'>;
  mode: EntryFormTarget['mode'];
  onSave: (award: Award) => Promise<void>;
  onCancel: () => void;
}) {
  const labels = text.editor.fields;
  const { register, handleSubmit, formState } = useForm<AwardFormInput, unknown, AwardFormValues>({
    resolver: zodResolver(AwardFormSchema),
    defaultValues: awardToForm(props.award),
    mode: 'onTouched',
  });
  const { errors } = formState;
  const workOptions = [
    { value: '', label: labels.givenForNone },
    ...props.profile.roles.map((role) => ({
      value: refKey({ kind: 'role', id: role.id }),
      label: role.organization === '' ? role.title : `${role.title} — ${role.organization}`,
    })),
    ...props.profile.projects.map((project) => ({
      value: refKey({ kind: 'project', id: project.id }),
      label: project.title,
    })),
  ];

  return (
    <form
      className="editor-form"
      aria-label={text.editor.dialogTitle[props.mode].award}
      noValidate
      onSubmit={(event) =>
        void handleSubmit((values) => props.onSave(awardFromForm(values, props.id, props.award)))(event)
      }
    >
      <TextField label={labels.title} registration={register('title')} error={errors.title} />
      <div className="editor-form__row">
        <TextField
          label={labels.awarder}
          placeholder={labels.awarderPlaceholder}
          registration={register('awarder')}
          error={errors.awarder}
          optional
        />
        <MonthField label={labels.awardDate} registration={register('date')} error={errors.date} optional />
      </div>
      {props.mode === 'create' && workOptions.length > 1 && (
        <SelectField
          label={labels.givenFor}
          registration={register('givenFor')}
          options={workOptions}
          error={errors.givenFor}
        />
      )}
      <TextAreaField
        label={labels.awardSummary}
        hint={labels.awardSummaryHint}
        registration={register('summary')}
        error={errors.summary}
        optional
      />
      <FormActions mode={props.mode} saving={formState.isSubmitting} onCancel={props.onCancel} />
    </form>
  );
}
