import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useId } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import type { Certificate } from '../../../shared/domain/profile';
import type { CatalogueCertificate } from '../../../shared/taxonomy/concepts';
import { text } from '../i18n/text';
import { ask } from '../ipc/client';
import { Combobox } from '../taxonomy/Combobox';
import { FieldProblem, MonthField, SelectField, SkillsField, TextAreaField, TextField } from './fields';
import type { EntryFormTarget } from './entry-form-target';
import { FormActions } from './FormActions';
import { useInitialFocus } from './useInitialFocus';
import {
  CERTIFICATE_KINDS,
  CERTIFICATE_STATES,
  CertificateFormSchema,
  certificateFromForm,
  certificateToForm,
  withSkill,
  type CertificateFormInput,
  type CertificateFormValues,
} from './form-schemas';

const STATE_OPTIONS = CERTIFICATE_STATES.map((state) => ({ value: state, label: text.editor.statuses[state] }));
const KIND_OPTIONS = CERTIFICATE_KINDS.map((kind) => ({ value: kind, label: text.editor.certificateKinds[kind] }));

interface CatalogueChoice extends Pick<CatalogueCertificate, 'skills' | 'validityYears'> {
  key: string;
  label: string;
  detail: string | null;
  provider: CatalogueCertificate['provider']['name'];
}

interface ProviderChoice {
  key: string;
  label: string;
  detail: null;
}

async function searchCatalogue(query: string): Promise<CatalogueChoice[]> {
  const result = await ask((api) => api.searchCatalogue({ query, limit: 8 }));
  if (!result.ok) return [];
  return result.value.certificates.map((entry) => ({
    key: entry.id,
    label: entry.title,
    detail: entry.provider.name,
    provider: entry.provider.name,
    skills: entry.skills,
    validityYears: entry.validityYears,
  }));
}

async function searchProviders(query: string): Promise<ProviderChoice[]> {
  const result = await ask((api) => api.searchProviders({ query, limit: 8 }));
  if (!result.ok) return [];
  return result.value.providers.map((provider) => ({ key: provider.id, label: provider.name, detail: null }));
}

/** Adds whole years to a YYYY-MM month. */
function addYears(month: string, years: number): string {
  const year = Number(month.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${month.slice(4, 7)}`;
}

/**
 * A certificate: title (with suggestions from the catalogue, which fill provider and skills),
 * provider and its website, status, dates (when it began, issued, expires), hours, credential,
 * grade, the courses it included, skills, claims and kind. Everything stays editable.
 */
export function CertificateForm(props: {
  id: string;
  certificate: Certificate | null;
  mode: EntryFormTarget['mode'];
  onSave: (certificate: Certificate) => Promise<void>;
  onCancel: () => void;
  /** Values a next step or a period fills in for a new entry. */
  prefill?: Partial<CertificateFormInput>;
  /** The field to focus on opening: the one a next step asks to change. */
  focus?: Path<CertificateFormInput>;
}) {
  const labels = text.editor.fields;
  const ids = useId();
  const { register, control, handleSubmit, formState, setValue, getValues, setFocus } = useForm<
    CertificateFormInput,
    unknown,
    CertificateFormValues
  >({
    resolver: zodResolver(CertificateFormSchema),
    defaultValues: { ...certificateToForm(props.certificate), ...props.prefill },
    mode: 'onTouched',
  });
  const { errors } = formState;
  useInitialFocus(setFocus, props.focus);
  const state = useWatch({ control, name: 'state' });

  const pickCatalogue = useCallback(
    (entry: CatalogueChoice) => {
      const touch = { shouldDirty: true, shouldValidate: true } as const;
      setValue('title', entry.label, touch);
      setValue('provider', entry.provider, touch);
      setValue(
        'skills',
        entry.skills.reduce((skills, skill) => withSkill(skills, skill), getValues('skills')),
        touch,
      );
      const issued = getValues('issued');
      if (entry.validityYears !== null && issued !== '' && getValues('expires') === '')
        setValue('expires', addYears(issued, entry.validityYears), touch);
    },
    [setValue, getValues],
  );

  return (
    <form
      className="editor-form"
      aria-label={text.editor.dialogTitle[props.mode].certificate}
      noValidate
      onSubmit={(event) =>
        void handleSubmit((values) => props.onSave(certificateFromForm(values, props.id, props.certificate)))(event)
      }
    >
      <Controller
        control={control}
        name="title"
        render={({ field, fieldState }) => (
          <div className="field">
            <Combobox<CatalogueChoice>
              label={labels.certificateTitle}
              placeholder={labels.certificatePlaceholder}
              search={searchCatalogue}
              onPick={pickCatalogue}
              text={field.value}
              onTextChange={field.onChange}
              inputId={`${ids}-title`}
              inputRef={field.ref}
              name={field.name}
              onBlur={field.onBlur}
              invalid={fieldState.error !== undefined}
              describedBy={fieldState.error === undefined ? undefined : `${ids}-title-error`}
            />
            <FieldProblem id={`${ids}-title-error`} message={fieldState.error?.message} />
          </div>
        )}
      />
      <Controller
        control={control}
        name="provider"
        render={({ field, fieldState }) => (
          <div className="field">
            <Combobox<ProviderChoice>
              label={labels.provider}
              placeholder={labels.providerPlaceholder}
              search={searchProviders}
              onPick={(provider) => field.onChange(provider.label)}
              text={field.value}
              onTextChange={field.onChange}
              inputId={`${ids}-provider`}
              inputRef={field.ref}
              name={field.name}
              onBlur={field.onBlur}
              invalid={fieldState.error !== undefined}
              describedBy={fieldState.error === undefined ? undefined : `${ids}-provider-error`}
            />
            <FieldProblem id={`${ids}-provider-error`} message={fieldState.error?.message} />
          </div>
        )}
      />
      <div className="editor-form__row">
        <SelectField
          label={labels.status}
          registration={register('state', { deps: ['percentDone'] })}
          options={STATE_OPTIONS}
          error={errors.state}
        />
        {state === 'in-progress' ? (
          <TextField
            label={labels.percentDone}
            type="number"
            inputMode="numeric"
            registration={register('percentDone')}
            error={errors.percentDone}
          />
        ) : (
          <div aria-hidden="true" />
        )}
      </div>
      <div className="editor-form__row">
        <MonthField
          label={props.certificate?.learning === 'education' ? labels.studiedFrom : labels.started}
          registration={register('started', { deps: ['issued'] })}
          error={errors.started}
          optional
        />
        <MonthField
          label={state === 'earned' ? labels.issued : labels.expected}
          registration={register('issued', { deps: ['expires', 'started'] })}
          error={errors.issued}
          optional
        />
      </div>
      <div className="editor-form__row">
        <MonthField label={labels.expires} registration={register('expires')} error={errors.expires} optional />
        <TextField
          label={labels.hours}
          type="number"
          inputMode="decimal"
          registration={register('hours')}
          error={errors.hours}
          optional
        />
      </div>
      <div className="editor-form__row">
        <TextField
          label={labels.credentialId}
          registration={register('credentialId')}
          error={errors.credentialId}
          optional
        />
        <TextField
          label={labels.credentialUrl}
          type="url"
          placeholder="https://"
          registration={register('credentialUrl')}
          error={errors.credentialUrl}
          optional
        />
      </div>
      <div className="editor-form__row">
        <TextField
          label={labels.providerUrl}
          type="url"
          placeholder="https://"
          registration={register('providerUrl')}
          error={errors.providerUrl}
          optional
        />
        <TextField label={labels.score} registration={register('score')} error={errors.score} optional />
      </div>
      <TextAreaField
        label={labels.courses}
        hint={labels.coursesHint}
        registration={register('courses')}
        error={errors.courses}
        optional
        rows={3}
      />
      <Controller
        control={control}
        name="skills"
        render={({ field }) => <SkillsField value={field.value} onChange={field.onChange} />}
      />
      <SelectField
        label={labels.kindOverride}
        registration={register('kind')}
        options={KIND_OPTIONS}
        error={errors.kind}
      />
      <TextAreaField
        label={labels.description}
        hint={labels.descriptionHint}
        registration={register('description')}
        error={errors.description}
        optional
      />
      <FormActions mode={props.mode} saving={formState.isSubmitting} onCancel={props.onCancel} />
    </form>
  );
}
