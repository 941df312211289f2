import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { Person, Profile } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import type { ProfileUpdate } from '../profile/useProfile';
import { Dialog } from '../shell/Dialog';
import { TextAreaField, TextField } from './fields';
import { FormActions } from './FormActions';
import {
  PersonFormSchema,
  personFromForm,
  personToForm,
  type PersonFormInput,
  type PersonFormValues,
} from './form-schemas';
import './editor.css';

const labels = text.editor.person;

/**
 * The person a resume is about: name, headline, contact, where they are, their profiles and a
 * summary. Kept so an export is a whole resume; the lens never reads it.
 */
export function PersonDialog(props: { open: boolean; profile: Profile; update: ProfileUpdate; onClose: () => void }) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={labels.title} wide closeButton={false}>
      {props.open && <PersonForm person={props.profile.person} update={props.update} onClose={props.onClose} />}
    </Dialog>
  );
}

function PersonForm(props: { person: Person; update: ProfileUpdate; onClose: () => void }) {
  const [failed, setFailed] = useState(false);
  const { register, control, handleSubmit, formState } = useForm<PersonFormInput, unknown, PersonFormValues>({
    resolver: zodResolver(PersonFormSchema),
    defaultValues: personToForm(props.person),
    mode: 'onTouched',
  });
  const { errors } = formState;
  const profiles = useFieldArray({ control, name: 'profiles' });

  const save = async (values: PersonFormValues) => {
    setFailed(false);
    const person = personFromForm(values, props.person);
    const ok = await props.update((api) => api.executeCommand({ command: { type: 'person.update', person } }));
    if (!ok) {
      setFailed(true);
      return;
    }
    props.onClose();
  };

  return (
    <>
      <p className="editor-form__lead">{labels.lead}</p>
      {failed && (
        <p className="editor-form__failure" role="alert">
          {text.editor.notSaved}
        </p>
      )}
      <form
        className="editor-form"
        aria-label={labels.title}
        noValidate
        onSubmit={(event) => void handleSubmit(save)(event)}
      >
        <div className="editor-form__row">
          <TextField label={labels.name} registration={register('name')} error={errors.name} optional />
          <TextField
            label={labels.label}
            placeholder={labels.labelPlaceholder}
            registration={register('label')}
            error={errors.label}
            optional
          />
        </div>
        <div className="editor-form__row">
          <TextField label={labels.email} registration={register('email')} error={errors.email} optional />
          <TextField label={labels.phone} registration={register('phone')} error={errors.phone} optional />
        </div>
        <TextField
          label={labels.url}
          type="url"
          placeholder="https://"
          registration={register('url')}
          error={errors.url}
          optional
        />
        <fieldset className="editor-group">
          <legend className="field__label">{labels.location}</legend>
          <TextField label={labels.address} registration={register('address')} error={errors.address} optional />
          <div className="editor-form__row">
            <TextField label={labels.city} registration={register('city')} error={errors.city} optional />
            <TextField
              label={labels.postalCode}
              registration={register('postalCode')}
              error={errors.postalCode}
              optional
            />
          </div>
          <div className="editor-form__row">
            <TextField label={labels.region} registration={register('region')} error={errors.region} optional />
            <TextField
              label={labels.countryCode}
              placeholder={labels.countryCodePlaceholder}
              registration={register('countryCode')}
              error={errors.countryCode}
              optional
            />
          </div>
        </fieldset>
        <fieldset className="editor-evidence">
          <legend className="field__label">{labels.profiles}</legend>
          {profiles.fields.length === 0 && <p className="field__hint">{labels.noProfiles}</p>}
          {profiles.fields.map((entry, index) => (
            <div key={entry.id} className="editor-evidence__row editor-evidence__row--three">
              <TextField
                label={labels.network}
                placeholder={labels.networkPlaceholder}
                registration={register(`profiles.${index}.network`)}
                error={errors.profiles?.[index]?.network}
                optional
              />
              <TextField
                label={labels.username}
                registration={register(`profiles.${index}.username`)}
                error={errors.profiles?.[index]?.username}
                optional
              />
              <TextField
                label={labels.profileUrl}
                type="url"
                placeholder="https://"
                registration={register(`profiles.${index}.url`)}
                error={errors.profiles?.[index]?.url}
                optional
              />
              <button
                type="button"
                className="chip-button editor-evidence__remove"
                onClick={() => profiles.remove(index)}
              >
                {labels.removeProfile(index + 1)}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => profiles.append({ network: '', username: '', url: '' })}
          >
            {labels.addProfile}
          </button>
        </fieldset>
        <TextAreaField
          label={labels.summary}
          hint={labels.summaryHint}
          registration={register('summary')}
          error={errors.summary}
          optional
          rows={4}
        />
        <FormActions mode="edit" saving={formState.isSubmitting} onCancel={props.onClose} />
      </form>
    </>
  );
}
