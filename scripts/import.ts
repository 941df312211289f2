/**
 * `npm run import -- <file> --dry-run [--profile <profile.json>] [--json]`: what importing a JSON Resume,
 * a LinkedIn export or an Open Badge would do, through the app's own pipeline, without the app.
 * It only previews: nothing is written anywhere, and a profile given with --profile is only read.
 * Exit codes: 0 previewed, 2 the file or the arguments could not be used (as `npm run analyze`).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { emptyProfile } from '../shared/domain/profile';
import { IMPORT_FORMAT_NAMES, ImportDraftSchema, type ImportDraft } from '../shared/import/draft';
import { ImportFileError } from '../shared/import/errors';
import type { ImportPreview, PlanItem } from '../shared/import/plan';
import { createImportEngine } from '../electron/main/import/import-engine';
import { refusal } from '../electron/main/import/import-handlers';
import { nodeSourceFiles, readChosenFile } from '../electron/main/import/source-files';
import { ImportWorkerStopped } from '../electron/main/import/worker/run-import-worker';
import { sourceWorkerScript } from '../electron/main/import/worker/worker-script';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { MENU_LABELS } from '../electron/main/menu';
import { exitQuietlyOnClosedPipe, fail, fileAndOptions, profileFromFile } from './cli-support';
import { createTaxonomyService } from '../electron/main/taxonomy/service';

exitQuietlyOnClosedPipe();

const USAGE = 'usage: npm run import -- <file> --dry-run [--profile <profile.json>] [--json]';

const options = {
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  profile: { type: 'string' },
} as const;
const { file, values } = fileAndOptions(options, USAGE);
if (values['dry-run'] !== true) {
  // Changing the profile belongs to the app: there it is one undoable step, taken after a backup.
  fail(
    'Only previews are made here: add --dry-run. Imports that change the profile are made in the app ' +
      `(${MENU_LABELS.file} › ${MENU_LABELS.importHistory}), where they can be undone and a backup is taken first.`,
  );
}

const profile = values.profile === undefined ? emptyProfile() : profileFromFile(values.profile);

const taxonomy = createTaxonomyService(() =>
  loadTaxonomy(path.resolve(import.meta.dirname, '../assets/taxonomy/taxonomy.json.gz')),
);
try {
  statSync(file);
} catch (error) {
  // The pipeline's own "not there any more" suits a file that vanished mid-import, not a mistyped path.
  fail(`${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
}
let draft: ImportDraft;
let preview: ImportPreview;
try {
  // The app's own path: main reads the file, a bounded worker parses, checks and plans it.
  const chosen = await readChosenFile(path.resolve(file), nodeSourceFiles, () => undefined);
  const engine = createImportEngine({ taxonomy, script: sourceWorkerScript() });
  const read = await engine.preview(chosen, profile, () => undefined);
  draft = ImportDraftSchema.parse(JSON.parse(new TextDecoder().decode(read.draft)));
  preview = { ...read.preview, token: 'cli' };
} catch (error) {
  if (!(error instanceof ImportFileError) && !(error instanceof ImportWorkerStopped)) throw error;
  // The app's own wording, so the CLI and the import dialog explain a refused file the same way.
  try {
    refusal(error);
  } catch (refused) {
    fail(refused instanceof Error ? refused.message : String(refused));
  }
}

const certificateOf = (ref: string) => {
  const entry = draft.entries.find((candidate) => candidate.ref === ref);
  return entry?.kind === 'certificate' ? entry.certificate : undefined;
};
const credentials = preview.items.flatMap((item: PlanItem) => {
  if (item.credential === null) return [];
  const provider = certificateOf(item.ref)?.provider ?? '';
  const { status, expired, issuerId } = item.credential;
  return [{ title: item.title, issuer: provider === '' ? (issuerId ?? '') : provider, status, expired }];
});
// The file's own problems first, then each entry's, each with the place in the file it points to.
const problems = [...preview.problems, ...preview.items.flatMap((item) => item.problems)].map(
  ({ place, message, blocking }) => ({ place, message, blocking }),
);

if (values.json === true) {
  console.log(
    JSON.stringify(
      {
        format: preview.format,
        items: preview.items.map(({ kind, title, action, reason }) => ({ kind, title, action, reason })),
        credentials,
        problems,
      },
      null,
      2,
    ),
  );
} else {
  const against = values.profile === undefined ? 'an empty profile' : values.profile;
  console.log(`Import preview — ${preview.fileName} (${IMPORT_FORMAT_NAMES[preview.format]}), against ${against}`);
  console.log('Nothing was changed: this is only a preview.\n');
  const kindWidth = Math.max(4, ...preview.items.map((item) => item.kind.length));
  const titleWidth = Math.min(48, Math.max(5, ...preview.items.map((item) => item.title.length)));
  const cell = (text: string, width: number) =>
    text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
  console.log(`  ${cell('ACTION', 6)}  ${cell('KIND', kindWidth)}  ${cell('TITLE', titleWidth)}  REASON`);
  for (const item of preview.items) {
    const action = item.action === 'add' && !item.included ? 'add?' : item.action;
    console.log(`  ${cell(action, 6)}  ${cell(item.kind, kindWidth)}  ${cell(item.title, titleWidth)}  ${item.reason}`);
  }
  const { add, merge, skip } = preview.counts;
  console.log(`\n${add} to add, ${merge} to merge, ${skip} to skip.`);
  if (credentials.length > 0) {
    console.log('\nCredentials:');
    for (const credential of credentials)
      console.log(
        `  ${credential.title} — ${credential.issuer || 'issuer not stated'}: ${credential.status}${credential.expired ? ', expired' : ''}`,
      );
  }
  if (problems.length > 0) {
    console.log(`\nProblems (${problems.length}):`);
    for (const problem of problems)
      console.log(`  ${problem.blocking ? '[skipped] ' : ''}${problem.place}: ${problem.message}`);
  }
}
