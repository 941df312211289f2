import type { Path } from 'react-hook-form';
import type { EntityKind } from '../../../shared/domain/profile';
import type { CertificateFormInput, ProjectFormInput, RoleFormInput } from './form-schemas';

/** Values a next step or a period fills in for a new entry, per kind of entry. */
export type EntryPrefill = {
  role?: Partial<RoleFormInput>;
  project?: Partial<ProjectFormInput>;
  certificate?: Partial<CertificateFormInput>;
};

/** A field a next step asks to change, by kind of entry. */
export type EntryFocus =
  | { kind: 'role'; field: Path<RoleFormInput> }
  | { kind: 'project'; field: Path<ProjectFormInput> }
  | { kind: 'certificate'; field: Path<CertificateFormInput> };

/**
 * Which entry the dialog is for: a new one of a kind (perhaps filled in by a next step, and linked
 * on save to the certificates the step builds on), or an existing one by id (perhaps opened on the
 * field the step names). Kept out of EntryFormDialog.tsx so form-schemas.ts, which the unit tests
 * compile, can name its modes.
 */
export type EntryFormTarget =
  | { mode: 'create'; kind: EntityKind; prefill?: EntryPrefill; linkCertificates?: readonly string[] }
  | { mode: 'edit'; kind: EntityKind; id: string; focus?: EntryFocus };
