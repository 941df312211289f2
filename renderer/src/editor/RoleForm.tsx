import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { RoleSchema, type Role } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import { CheckboxField, MonthField, SelectField, SkillsField, TextAreaField, TextField } from './fields';
import type { EntryFormTarget } from './entry-form-target';
import { FormActions } from './FormActions';
import { useInitialFocus } from './useInitialFocus';
import { RoleFormSchema, roleFromForm, roleToForm, type RoleFormInput, type RoleFormValues } from './form-schemas';

const KIND_OPTIONS = RoleSchema.shape.kind.options.map((kind) => ({ value: kind, label: text.editor.roleKinds[kind] }));

/**
 * A role: where (and what the organisation is, with its website), what kind, when (or still going),
 * the field, the skills used and what came of it.
 */
export function RoleForm(props: {
  id: string;
  role: Role | null;
  mode: EntryFormTarget['mode'];
  onSave: (role: Role) => Promise<void>;
  onCancel: () => void;
  /** Values a next step or a period fills in for a new entry. */
  prefill?: Partial<RoleFormInput>;
  /** The field to focus on opening: the one a next step asks to change. */
  focus?: Path<RoleFormInput>;
}) {
  const labels = text.editor.fields;
  const { register, control, handleSubmit, formState, setFocus } = useForm<RoleFormInput, unknown, RoleFormValues>({
    resolver: zodResolver(RoleFormSchema),
    defaultValues: { ...roleToForm(props.role), ...props.prefill },
    mode: 'onTouched',
  });
  const { errors } = formState;
  useInitialFocus(setFocus, props.focus);
  const current = useWatch({ control, name: 'current' });

  return (
    <form
      className="editor-form"
      aria-label={text.editor.dialogTitle[props.mode].role}
      noValidate
      onSubmit={(event) =>
        void handleSubmit((values) => props.onSave(roleFromForm(values, props.id, props.role)))(event)
      }
    >
      <TextField label={labels.title} registration={register('title')} error={errors.title} />
      <div className="editor-form__row">
        <TextField
          label={labels.organization}
          registration={register('organization')}
          error={errors.organization}
          optional
        />
        <SelectField label={labels.kind} registration={register('kind')} options={KIND_OPTIONS} error={errors.kind} />
      </div>
      <div className="editor-form__row">
        <MonthField label={labels.start} registration={register('start')} error={errors.start} />
        <div className="editor-form__end">
          <CheckboxField label={labels.current} registration={register('current', { deps: ['end'] })} />
          {!current && <MonthField label={labels.end} registration={register('end')} error={errors.end} />}
        </div>
      </div>
      <div className="editor-form__row">
        <TextField label={labels.location} registration={register('location')} error={errors.location} optional />
        <TextField label={labels.field} registration={register('field')} error={errors.field} optional />
      </div>
      <TextField
        label={labels.organizationUrl}
        type="url"
        placeholder="https://"
        registration={register('url')}
        error={errors.url}
        optional
      />
      <TextAreaField
        label={labels.organizationDescription}
        hint={labels.organizationDescriptionHint}
        registration={register('organizationDescription')}
        error={errors.organizationDescription}
        optional
        rows={2}
      />
      <Controller
        control={control}
        name="skills"
        render={({ field }) => <SkillsField value={field.value} onChange={field.onChange} />}
      />
      <TextAreaField label={labels.summary} registration={register('summary')} error={errors.summary} optional />
      <TextAreaField
        label={labels.highlights}
        hint={labels.highlightsHint}
        registration={register('highlights')}
        error={errors.highlights}
        optional
        rows={3}
      />
      <FormActions mode={props.mode} saving={formState.isSubmitting} onCancel={props.onCancel} />
    </form>
  );
}
