import { DueRemindersSchema, ReminderSettingsSchema } from '../plan/reminders';
import { z } from 'zod';
import { AppInfoSchema } from '../app-info';
import { BackupInfoSchema } from '../profile/backups';
import { CommandSchema } from '../profile/commands';
import { ProfileStateSchema } from '../profile/state';
import { FieldPaceSchema, TargetRoleSchema } from '../domain/profile';
import { EntityIdSchema } from '../domain/refs';
import { DocumentKindSchema, ReportKindSchema } from '../export/document-kind';
import { FindingsUpdateSchema } from '../lens/findings-update';
import { LensResultSchema } from '../lens/result';
import { ReadinessReportSchema, ReadinessScopeSchema } from '../plan/readiness';
import { ProfileAnswerSchema } from '../profile/change';
import { ImportChoiceSchema, ImportPreviewSchema } from '../import/plan';
import { ImportProgressSchema } from '../import/progress';
import { MAX_IMPORT_BYTES } from '../import/size-limit';
import { CatalogueCertificateSchema, SkillInfoSchema, SkillLabelSchema } from '../taxonomy/concepts';
import { ConceptHitSchema, ConceptKindSchema } from '../taxonomy/search-index';
import { RoleProfileInfoSchema } from '../taxonomy/tiers';
import { PostingExtractionSchema, PostingFitSchema, PostingTextSchema } from '../posting/posting';

const QueryText = z.string().max(200);
const CatalogueAnswerSchema = z.object({ certificates: z.array(CatalogueCertificateSchema) }).strict();
import type { IpcResult } from './result';

const NoRequest = z.object({}).strict();
/** The revision the renderer holds; with it, main answers with the change since then. */
const Since = z.number().int().min(0).optional();
/** The findings revision the renderer holds; with it, an edit's answer carries the findings' change too. */
const FindingsSince = z.number().int().min(0).optional();

/**
 * The single source of truth for IPC: channel -> preload method name, request and response
 * schemas. The preload API, the renderer's types and the main-process registration are all
 * derived from this map; a new operation is one line here plus its handler.
 */
export const ipcContract = {
  'app.info': { method: 'getAppInfo', request: NoRequest, response: AppInfoSchema },
  'profile.get': { method: 'getProfile', request: NoRequest, response: ProfileStateSchema },
  'profile.execute': {
    method: 'executeCommand',
    request: z.object({ command: CommandSchema, since: Since, findingsSince: FindingsSince }).strict(),
    response: ProfileAnswerSchema,
  },
  'profile.undo': {
    method: 'undo',
    request: z.object({ since: Since, findingsSince: FindingsSince }).strict(),
    response: ProfileAnswerSchema,
  },
  'profile.redo': {
    method: 'redo',
    request: z.object({ since: Since, findingsSince: FindingsSince }).strict(),
    response: ProfileAnswerSchema,
  },
  'profile.dismissNotice': {
    method: 'dismissNotice',
    request: z.object({ id: z.string().min(1).max(200) }).strict(),
    response: ProfileStateSchema,
  },
  'profile.loadSample': { method: 'loadSampleProfile', request: NoRequest, response: ProfileStateSchema },
  'profile.removeSample': { method: 'removeSampleProfile', request: NoRequest, response: ProfileStateSchema },
  'profile.export': {
    method: 'exportProfile',
    request: NoRequest,
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), file: z.string() }).strict(),
      z.object({ status: z.literal('cancelled') }).strict(),
    ]),
  },
  'profile.import': {
    method: 'importProfile',
    request: NoRequest,
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('imported'), state: ProfileStateSchema }).strict(),
      z.object({ status: z.literal('cancelled') }).strict(),
    ]),
  },
  'import.choose': {
    method: 'chooseImportSource',
    request: NoRequest,
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('preview'), preview: ImportPreviewSchema }).strict(),
      z.object({ status: z.literal('cancelled') }).strict(),
    ]),
  },
  /**
   * A file dropped on the window arrives as its bytes: the window never names a path for main to read,
   * so a compromised page cannot probe files on disk. Files picked in the dialog are read by main.
   */
  'import.previewDropped': {
    method: 'previewDroppedFile',
    request: z.object({ fileName: z.string().min(1).max(1_000), bytes: z.instanceof(Uint8Array) }).strict(),
    response: ImportPreviewSchema,
    // A few bytes over the import limit, so an oversized file reaches the handler and gets its own message.
    maxBinaryBytes: MAX_IMPORT_BYTES + 1,
  },
  /** Stops reading the file being previewed (the worker is ended); its preview answers "cancelled". */
  'import.cancel': { method: 'cancelImport', request: NoRequest, response: z.object({}).strict() },
  'import.progress': { method: 'getImportProgress', request: NoRequest, response: ImportProgressSchema },
  'import.apply': {
    method: 'applyImport',
    request: z
      .object({
        token: z.string().min(1).max(100),
        choice: ImportChoiceSchema,
        since: Since,
        findingsSince: FindingsSince,
      })
      .strict(),
    response: ProfileAnswerSchema,
  },
  'import.discard': {
    method: 'discardImport',
    request: z.object({ token: z.string().min(1).max(100) }).strict(),
    response: z.object({}).strict(),
  },
  'export.document': {
    method: 'exportDocument',
    /**
     * A report (PDF or Markdown) is either the one a recruiter reads or the person's own review;
     * a JSON Resume is neither, so it takes no `report` and refuses one.
     */
    request: z.discriminatedUnion('kind', [
      z
        .object({
          kind: DocumentKindSchema.extract(['pdf', 'markdown']),
          report: ReportKindSchema,
          targetId: EntityIdSchema,
        })
        .strict(),
      z.object({ kind: DocumentKindSchema.extract(['json-resume']), targetId: EntityIdSchema }).strict(),
      // The plan's steps, target dates and renewals as all-day events for the person's calendar.
      z.object({ kind: DocumentKindSchema.extract(['calendar']), targetId: EntityIdSchema }).strict(),
      // A cover letter draft (Markdown) for a target made from a job posting.
      z.object({ kind: DocumentKindSchema.extract(['cover-letter']), targetId: EntityIdSchema }).strict(),
    ]),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), file: z.string() }).strict(),
      z.object({ status: z.literal('cancelled') }).strict(),
    ]),
  },
  'backups.list': {
    method: 'listBackups',
    request: NoRequest,
    response: z.object({ folder: z.string(), backups: z.array(BackupInfoSchema) }).strict(),
  },
  'backups.restore': {
    method: 'restoreBackup',
    request: z.object({ id: z.string().min(1).max(200) }).strict(),
    response: ProfileStateSchema,
  },
  'taxonomy.search': {
    method: 'searchTaxonomy',
    request: z
      .object({
        query: QueryText,
        kind: ConceptKindSchema.optional(),
        limit: z.number().int().min(1).max(20).optional(),
      })
      .strict(),
    response: z.object({ results: z.array(ConceptHitSchema) }).strict(),
  },
  'taxonomy.resolve': {
    method: 'resolveLabel',
    request: z.object({ label: QueryText, kind: ConceptKindSchema.optional() }).strict(),
    response: z.object({ concept: ConceptHitSchema.nullable() }).strict(),
  },
  'taxonomy.skill': {
    method: 'describeSkill',
    request: z.object({ conceptId: z.string().max(300) }).strict(),
    response: z
      .object({
        skill: SkillInfoSchema.nullable(),
      })
      .strict(),
  },
  'taxonomy.occupation': {
    method: 'describeOccupation',
    request: z.object({ conceptId: z.string().max(300) }).strict(),
    response: z
      .object({
        occupation: z
          .object({
            conceptId: z.string(),
            label: z.string(),
            isco: z.string(),
            essential: z.array(SkillLabelSchema),
            optional: z.array(SkillLabelSchema),
            pace: FieldPaceSchema,
            /** What a recruiter checks first, then second; the rest ESCO names, listed apart. */
            core: z.array(SkillLabelSchema),
            secondary: z.array(SkillLabelSchema),
            alsoNamed: z.array(SkillLabelSchema),
            /** The curated role profile the occupation reads through, if any. */
            role: RoleProfileInfoSchema.nullable(),
          })
          .strict()
          .nullable(),
      })
      .strict(),
  },
  'taxonomy.targetDraft': {
    method: 'draftTargetFromOccupation',
    /** An occupation URI, or a curated role id. */
    request: z.object({ occupationId: z.string().max(300) }).strict(),
    response: z
      .object({
        target: TargetRoleSchema,
        pace: FieldPaceSchema,
        /** ESCO's other skills for the occupation: not in the target unless the user promotes them. */
        alsoNamed: z.array(SkillLabelSchema),
        role: RoleProfileInfoSchema.nullable(),
      })
      .strict(),
  },
  'taxonomy.pace': {
    method: 'paceOfSkills',
    request: z
      .object({
        essentialSkillIds: z.array(z.string().max(300)).max(500),
        optionalSkillIds: z.array(z.string().max(300)).max(500).optional(),
      })
      .strict(),
    response: z.object({ pace: FieldPaceSchema }).strict(),
  },
  'taxonomy.catalogue': {
    method: 'searchCatalogue',
    request: z.object({ query: QueryText, limit: z.number().int().min(1).max(20).optional() }).strict(),
    response: CatalogueAnswerSchema,
  },
  'taxonomy.certificatesForSkill': {
    method: 'certificatesForSkill',
    request: z
      .object({ conceptId: z.string().min(1).max(300), limit: z.number().int().min(1).max(20).optional() })
      .strict(),
    response: CatalogueAnswerSchema,
  },
  'taxonomy.providers': {
    method: 'searchProviders',
    request: z.object({ query: QueryText, limit: z.number().int().min(1).max(20).optional() }).strict(),
    response: z.object({ providers: z.array(z.object({ id: z.string(), name: z.string() }).strict()) }).strict(),
  },
  'lens.findings': {
    method: 'readFindings',
    request: z.object({ since: Since }).strict(),
    response: FindingsUpdateSchema,
  },
  'lens.analyze': {
    method: 'analyzeProfile',
    request: z.object({ targetId: z.string().max(200).nullable().optional() }).strict(),
    response: LensResultSchema,
  },
  'plan.readiness': {
    method: 'readReadiness',
    /** The active target when none is named. */
    request: z.object({ targetId: EntityIdSchema.optional(), scope: ReadinessScopeSchema.optional() }).strict(),
    /** null when there is no such target (or no active one). */
    response: ReadinessReportSchema.nullable(),
  },
  'plan.upcoming': {
    method: 'readUpcoming',
    /** What fell due while the app was closed, and the next two weeks; asked once at launch and after edits. */
    request: NoRequest,
    response: DueRemindersSchema,
  },
  'plan.reminderSettings': {
    method: 'setReminderSettings',
    /** The settings named are changed; an empty request reads them. */
    request: ReminderSettingsSchema.partial().strict(),
    response: ReminderSettingsSchema,
  },
  'posting.extract': {
    method: 'extractPosting',
    /** Read offline against the bundled taxonomy; nothing leaves the computer. */
    request: z.object({ text: PostingTextSchema }).strict(),
    response: PostingExtractionSchema,
  },
  'posting.open': {
    method: 'openPosting',
    /** A .txt, .md, .html or JSON Resume job file the user picks, read as the posting's text. */
    request: NoRequest,
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('opened'), fileName: z.string(), text: PostingTextSchema }).strict(),
      z.object({ status: z.literal('cancelled') }).strict(),
    ]),
  },
  'posting.fit': {
    method: 'readPostingFit',
    /** Every target made from a posting, closest to ready first. */
    request: NoRequest,
    response: z.object({ postings: z.array(PostingFitSchema) }).strict(),
  },
  'backups.reveal': {
    method: 'revealBackups',
    request: NoRequest,
    response: z.object({ folder: z.string() }).strict(),
  },
} as const satisfies Record<
  string,
  { method: string; request: z.ZodType; response: z.ZodType; maxBinaryBytes?: number }
>;

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export type RequestOf<C extends Channel> = z.input<IpcContract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<IpcContract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<IpcContract[C]['response']>;

/** Requests with no required field may be omitted by the caller. */
type MethodOf<C extends Channel> =
  Record<string, never> extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

/** What the preload exposes as `window.throughline`: one named method per channel. */
export type ThroughlineApi = { [C in Channel as IpcContract[C]['method']]: MethodOf<C> };

/** What main implements: one function per channel, given an already validated request. */
export type IpcHandlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

export const channels = Object.keys(ipcContract) as Channel[];

/** Bytes a channel's request may carry as binary (Uint8Array) values; most carry none. */
export function maxBinaryBytesOf(channel: Channel): number {
  const spec = ipcContract[channel];
  return 'maxBinaryBytes' in spec ? spec.maxBinaryBytes : 0;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value);
}
