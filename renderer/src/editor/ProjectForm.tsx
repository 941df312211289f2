import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray, useForm, useWatch, type Path } from 'react-hook-form';
import { ProjectSchema, type Profile, type Project } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import { CheckboxField, MonthField, SelectField, SkillsField, TextAreaField, TextField } from './fields';
import type { EntryFormTarget } from './entry-form-target';
import { FormActions } from './FormActions';
import { useInitialFocus } from './useInitialFocus';
import {
  ProjectFormSchema,
  projectFromForm,
  projectToForm,
  type ProjectFormInput,
  type ProjectFormValues,
} from './form-schemas';

const KIND_OPTIONS = ProjectSchema.shape.kind.options.map((kind) => ({
  value: kind,
  label: text.editor.projectKinds[kind],
}));

/**
 * A project: what kind, when, which role it was part of (or whom it was for), the person's part in
 * it, skills, outcome and links that show it.
 */
export function ProjectForm(props: {
  id: string;
  project: Project | null;
  roles: Profile['roles'];
  mode: EntryFormTarget['mode'];
  onSave: (project: Project) => Promise<void>;
  onCancel: () => void;
  /** Values a next step or a period fills in for a new entry. */
  prefill?: Partial<ProjectFormInput>;
  /** The field to focus on opening: the one a next step asks to change. */
  focus?: Path<ProjectFormInput>;
}) {
  const labels = text.editor.fields;
  const { register, control, handleSubmit, formState, setFocus } = useForm<
    ProjectFormInput,
    unknown,
    ProjectFormValues
  >({
    resolver: zodResolver(ProjectFormSchema),
    defaultValues: { ...projectToForm(props.project), ...props.prefill },
    mode: 'onTouched',
  });
  const { errors } = formState;
  useInitialFocus(setFocus, props.focus);
  const current = useWatch({ control, name: 'current' });
  const evidence = useFieldArray({ control, name: 'evidence' });
  const files = props.project?.evidence.filter((link) => link.kind === 'file').length ?? 0;
  const roleOptions = [
    { value: '', label: labels.noRole },
    ...props.roles.map((role) => ({
      value: role.id,
      label: role.organization === '' ? role.title : `${role.title} — ${role.organization}`,
    })),
  ];

  return (
    <form
      className="editor-form"
      aria-label={text.editor.dialogTitle[props.mode].project}
      noValidate
      onSubmit={(event) =>
        void handleSubmit((values) => props.onSave(projectFromForm(values, props.id, props.project)))(event)
      }
    >
      <TextField label={labels.title} registration={register('title')} error={errors.title} />
      <div className="editor-form__row">
        <SelectField label={labels.kind} registration={register('kind')} options={KIND_OPTIONS} error={errors.kind} />
        <SelectField
          label={labels.role}
          registration={register('roleId')}
          options={roleOptions}
          error={errors.roleId}
        />
      </div>
      <div className="editor-form__row">
        <MonthField label={labels.start} registration={register('start')} error={errors.start} />
        <div className="editor-form__end">
          <CheckboxField label={labels.ongoing} registration={register('current', { deps: ['end'] })} />
          {!current && <MonthField label={labels.end} registration={register('end')} error={errors.end} />}
        </div>
      </div>
      <TextField
        label={labels.projectOrganization}
        hint={labels.projectOrganizationHint}
        registration={register('organization')}
        error={errors.organization}
        optional
      />
      <TextAreaField
        label={labels.projectRoles}
        hint={labels.projectRolesHint}
        registration={register('roles')}
        error={errors.roles}
        optional
        rows={2}
      />
      <Controller
        control={control}
        name="skills"
        render={({ field }) => <SkillsField value={field.value} onChange={field.onChange} />}
      />
      <TextAreaField label={labels.outcome} registration={register('outcome')} error={errors.outcome} optional />
      <TextAreaField
        label={labels.highlights}
        hint={labels.highlightsHint}
        registration={register('highlights')}
        error={errors.highlights}
        optional
      />
      <fieldset className="editor-evidence">
        <legend className="field__label">{labels.evidence}</legend>
        {evidence.fields.map((link, index) => (
          <div key={link.id} className="editor-evidence__row">
            <TextField
              label={labels.evidenceLabel}
              registration={register(`evidence.${index}.label`)}
              error={errors.evidence?.[index]?.label}
              optional
            />
            <TextField
              label={labels.evidenceUrl}
              type="url"
              placeholder="https://"
              registration={register(`evidence.${index}.url`)}
              error={errors.evidence?.[index]?.url}
            />
            <button
              type="button"
              className="chip-button editor-evidence__remove"
              onClick={() => evidence.remove(index)}
            >
              {labels.removeEvidence(index + 1)}
            </button>
          </div>
        ))}
        {files > 0 && <p className="field__hint">{labels.filesKept(files)}</p>}
        <button type="button" className="button button--quiet" onClick={() => evidence.append({ label: '', url: '' })}>
          {labels.addEvidence}
        </button>
      </fieldset>
      <FormActions mode={props.mode} saving={formState.isSubmitting} onCancel={props.onCancel} />
    </form>
  );
}
