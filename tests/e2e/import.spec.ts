import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { startTestMainProcess, type TestMainProcess } from '../../scripts/support/main-process';
import { profileOnDisk } from '../support/profile-on-disk';
import { E2E_ORIGIN, expect, installApp, test, type AppFixture } from './harness';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
/** Invented: three roles (two the same, so one merges), a project without dates (skipped), two certificates. */
const MIXED_RESUME = path.join(FIXTURES, 'import/mixed.resume.json');
const SAMPLE_RESUME = path.join(FIXTURES, 'external/jsonresume/resume-schema__sample.resume.json');
const BADGES = path.join(FIXTURES, 'external/openbadges');
const TAMPERED_BADGE = path.join(BADGES, 'vc-test-fixtures__v2_ed25519_didKey_legacy-noStatus-noExpiry-tampered.json');
const VERIFIED_BADGE = path.join(
  BADGES,
  'vc-test-fixtures__v2_dataIntegrityProof_didKey_legacyRegistry-noStatus-noExpiry-basicOBv3.json',
);
const EXPIRED_BADGE = path.join(BADGES, 'dcpv__ob30_simple-err-expired.json');

const FRAME = { frameUrl: `${E2E_ORIGIN}/index.html`, isAppMainFrame: true } as const;

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import your history' });
const group = (
  dialog: Locator,
  name: 'Will be added' | 'Will be merged into what you have' | 'Skipped' | 'Needs a title from you',
) => dialog.getByRole('region', { name });
/** The entries of a group (an entry's own list of problems is not one). */
const entries = (within: Locator) => within.locator('.import-group__list > li');
const entry = (within: Locator, title: string) =>
  entries(within).filter({ has: within.page().getByText(title, { exact: true }) });
const timelineItem = (page: Page, name: RegExp) =>
  page.getByRole('group', { name: 'Career path timeline' }).getByRole('button', { name });
const onDisk = (main: TestMainProcess) => profileOnDisk(main.profilePath);

async function backups(main: TestMainProcess) {
  const answer = await main.dispatch('backups.list', FRAME, {});
  if (!answer.ok) throw new Error('backups.list failed');
  return (answer.value as { backups: Array<{ counts: { roles: number; projects: number; certificates: number } }> })
    .backups;
}

/** Opens the import dialog from the header and picks `file` in the (scripted) file chooser. */
async function choose(page: Page, main: TestMainProcess, file: string): Promise<Locator> {
  const dialog = importDialog(page);
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Import…', exact: true }).click();
  main.desktop.sourceAnswers.push(file);
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  return dialog;
}

test('a JSON Resume previews grouped with reasons, imports what is ticked, and one Undo takes it back', async ({
  app,
}) => {
  await app.open();
  const { page, main } = app;
  expect(await backups(main)).toEqual([]);
  await page.getByRole('button', { name: 'Import CV, LinkedIn or badges…' }).click();
  const dialog = await choose(page, main, MIXED_RESUME);

  await expect(dialog).toContainText('mixed.resume.json · JSON Resume — 6 new entries, 1 merge, 1 skipped entry');
  const added = group(dialog, 'Will be added');
  await expect(added.getByRole('heading')).toHaveText('Will be added 6');
  // The resume's basics: the person's name and headline, kept apart from what the lens reads.
  await expect(entry(added, 'Ada Invented')).toContainText('Your details');
  await expect(entry(added, 'Logistics coordinator, Harbour Freight Co.')).toContainText('Not in your profile yet.');
  await expect(entry(added, 'Delivery delay dashboard')).toContainText('Project');
  const merged = group(dialog, 'Will be merged into what you have');
  await expect(merged.getByRole('heading')).toHaveText('Will be merged into what you have 1');
  await expect(merged).toContainText(
    'Same title, organisation and start as “Junior data analyst”: adds 1 highlight; nothing you wrote is changed.',
  );
  const skipped = group(dialog, 'Skipped');
  await expect(skipped.getByRole('heading')).toHaveText('Skipped 1');
  await expect(entry(skipped, 'Someday project')).toContainText(
    'It has no start date; add one to place it on the timeline.',
  );
  // A skipped entry has nothing to tick.
  await expect(skipped.getByRole('checkbox')).toHaveCount(0);

  await expect(dialog.getByRole('button', { name: 'Import 7 entries' })).toBeEnabled();
  await dialog.getByRole('checkbox', { name: 'Import “SQL Basics”' }).uncheck();
  await dialog.getByRole('button', { name: 'Import 6 entries' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Imported 6 entries from mixed.resume.json. A backup was taken first; Undo (Ctrl+Z) takes the whole import back.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await expect(timelineItem(page, /^Role: Logistics coordinator/)).toBeVisible();
  await expect(timelineItem(page, /^Role: Junior data analyst/)).toBeVisible();
  await expect(timelineItem(page, /^Project: Delivery delay dashboard/)).toBeVisible();
  await expect(timelineItem(page, /^Certificate: Google Data Analytics Certificate/)).toBeVisible();
  await expect(timelineItem(page, /^Certificate: SQL Basics/)).toHaveCount(0);
  await expect
    .poll(() => onDisk(main)?.roles.map((role) => [role.title, role.highlights]))
    .toEqual([
      ['Logistics coordinator', []],
      ['Junior data analyst', ['Built the monthly churn report', 'Automated the invoice reconciliation']],
    ]);
  expect(onDisk(main)?.projects.map((project) => project.title)).toEqual(['Delivery delay dashboard']);
  expect(onDisk(main)?.certificates.map((certificate) => certificate.title)).toEqual([
    'Google Data Analytics Certificate',
  ]);
  // The snapshot taken before the import holds the profile as it was: empty.
  expect((await backups(main)).map((backup) => backup.counts)).toEqual([
    expect.objectContaining({ roles: 0, projects: 0, certificates: 0 }),
  ]);

  // One Undo, with focus outside any text field, takes the whole import back; Redo brings it again.
  await page.getByRole('heading', { name: 'Career path', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(timelineItem(page, /^Role: Logistics coordinator/)).toHaveCount(0);
  await expect(timelineItem(page, /^Certificate: Google Data Analytics Certificate/)).toHaveCount(0);
  await expect.poll(() => onDisk(main)?.roles.length).toBe(0);
  expect(onDisk(main)?.certificates).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect(timelineItem(page, /^Project: Delivery delay dashboard/)).toBeVisible();
  await expect.poll(() => onDisk(main)?.roles.length).toBe(2);
  expect(onDisk(main)?.certificates.map((certificate) => certificate.title)).toEqual([
    'Google Data Analytics Certificate',
  ]);
});

test('the same file a second time: everything is skipped as already there, and there is nothing to import', async ({
  app,
}) => {
  await app.open();
  const { page, main } = app;
  const dialog = await choose(page, main, SAMPLE_RESUME);
  // Every section of the canonical sample: the person, work, volunteering, a project, a publication,
  // education, an award, two skills and a language.
  await expect(entries(group(dialog, 'Will be added'))).toHaveCount(10);
  await dialog.getByRole('button', { name: 'Import 10 entries' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 10 entries from resume-schema__sample.resume.json.');
  await expect.poll(() => onDisk(main)?.roles.length).toBe(2);
  const before = readFileSync(main.profilePath);

  await dialog.getByRole('button', { name: 'Import another file' }).click();
  main.desktop.sourceAnswers.push(SAMPLE_RESUME);
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(dialog).toContainText('0 new entries, 0 merges, 10 skipped entries');
  await expect(group(dialog, 'Will be added')).toHaveCount(0);
  await expect(group(dialog, 'Will be merged into what you have')).toHaveCount(0);
  const skipped = entries(group(dialog, 'Skipped'));
  await expect(skipped).toHaveCount(10);
  for (const item of await skipped.all()) await expect(item).toContainText(/already (has|hold) everything in it\./);
  await expect(entry(group(dialog, 'Skipped'), 'CEO/President, Pied Piper')).toContainText(
    'Same title, organisation and start as “CEO/President”',
  );
  await expect(dialog.getByRole('button', { name: 'Nothing selected' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(readFileSync(main.profilePath)).toEqual(before);
});

test('a LinkedIn export dropped on the window: the overlay, the preview, then the import', async ({ page }) => {
  const csvFolder = path.join(FIXTURES, 'linkedin');
  const csvs = readdirSync(csvFolder).filter((name) => name.endsWith('.csv'));
  const zip = zipSync(
    Object.fromEntries(csvs.map((name) => [name, new Uint8Array(readFileSync(path.join(csvFolder, name)))])),
  );
  const zipName = 'Basic_LinkedInDataExport_11-26-2026.zip';
  const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN] });
  await installApp(page, main);
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();

  // The page reads the dropped file and sends its bytes: no path crosses, and main opens nothing the page names.
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/zip' }));
      return transfer;
    },
    { name: zipName, bytes: [...zip] },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop to preview the import')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop to preview the import')).toBeHidden();

  const dialog = importDialog(page);
  await expect(dialog).toContainText(
    `${zipName} · LinkedIn data export — 30 new entries, 0 merges, 2 skipped entries, 3 entries waiting for a title`,
  );
  const added = group(dialog, 'Will be added');
  // Non-Latin and accented text comes through as written.
  for (const title of [
    '倉庫スタッフ, 株式会社サクラ物流',
    'Barista, Café Ørsted',
    'Operations analyst, Lindqvist & Daughters, Ltd.',
    'Första hjälpen',
    'データ分析',
    'Quoted "nickname" project',
    // The export's other files: an honour, a language, volunteering, a publication, a course finished on LinkedIn Learning.
    "Dean's List",
    'Swedish',
    'Food bank driver, Göteborgs Stadsmission',
    'Cold-chain logistics in Swedish retail',
    'SQL Essential Training',
  ])
    await expect(entry(added, title)).toBeVisible();
  await expect(entry(added, 'Swedish').locator('.import-item__kind')).toHaveText('Language');
  await expect(entry(added, "Dean's List").locator('.import-item__kind')).toHaveText('Award');
  const skipped = group(dialog, 'Skipped');
  await expect(entry(skipped, 'Undated idea')).toContainText(
    'It has no start date (Started On); add one to import it.',
  );
  await expect(entry(skipped, 'Ghost role')).toContainText('"sometime" is not a date LinkedIn writes');
  // A position with no title waits for one, showing what the row does say; typed, it imports.
  const waiting = group(dialog, 'Needs a title from you');
  const untitled = entries(waiting).filter({ hasText: 'Blank Title Inc · Jan 2015 – Dec 2015' });
  await untitled.getByRole('textbox', { name: 'Title' }).fill('Stock controller');

  await dialog.getByRole('button', { name: 'Import 31 entries' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Imported 31 entries from ${zipName}.`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(timelineItem(page, /^Role: 倉庫スタッフ/)).toBeVisible();
  await expect(timelineItem(page, /^Project: Quoted "nickname" project/)).toBeVisible();

  // A bare year stays a year; an empty "Finished On" is a role still held.
  // Three positions, the one given its title, and two volunteering roles.
  await expect.poll(() => onDisk(main)?.roles.length).toBe(6);
  expect(onDisk(main)?.roles.find((role) => role.title === 'Stock controller')).toMatchObject({
    organization: 'Blank Title Inc',
  });
  expect(onDisk(main)?.awards.map((award) => award.title)).toContain("Dean's List");
  expect(onDisk(main)?.skills.find((skill) => skill.skill.label === 'Swedish')).toMatchObject({ kind: 'language' });
  const roles = onDisk(main)?.roles ?? [];
  expect(roles.find((role) => role.title === '倉庫スタッフ')).toMatchObject({
    organization: '株式会社サクラ物流',
    start: '2019',
    end: '2022-02',
  });
  expect(roles.find((role) => role.title === 'Operations analyst')).toMatchObject({ start: '2022-03', end: null });
  expect(onDisk(main)?.projects.find((project) => project.title === 'Quoted "nickname" project')).toMatchObject({
    start: '2021',
    end: null,
  });
  expect(main.internalErrors).toEqual([]);
});

test('a large file can be stopped while it is read: the dialog goes back to its start and nothing changes', async ({
  page,
}) => {
  const main = startTestMainProcess({ appOrigins: [E2E_ORIGIN] });
  await installApp(page, main);
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await expect(page.getByRole('heading', { name: 'Career path', exact: true })).toBeVisible();
  const big = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-big-')), 'big.resume.json');
  const work = Array.from({ length: 12_000 }, (_, index) => ({
    name: `Company ${index}`,
    position: `Role ${index}`,
    startDate: '2020-01',
    summary: 'Did things well. '.repeat(10),
  }));
  writeFileSync(big, JSON.stringify({ work }));

  const dialog = await choose(page, main, big);
  await expect(dialog.getByRole('status')).toBeVisible();
  if (process.env['THROUGHLINE_SHOT'] !== undefined) await page.screenshot({ path: process.env['THROUGHLINE_SHOT'] });
  await dialog.getByRole('button', { name: 'Stop reading' }).click();
  await expect(dialog.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  // The read was ended in main, not merely hidden: progress is idle and the profile untouched.
  // (Stopped while main was still reading the file, it ends as soon as that read returns.)
  await expect
    .poll(async () => main.dispatch('import.progress', FRAME, {}))
    .toEqual({ ok: true, value: { phase: 'idle' } });
  expect((await main.store).state().revision).toBe(0);
  await expect(dialog.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
});

test('Open Badges: an invalid signature is imported only when confirmed, and the mark stays', async ({ app }) => {
  await app.open();
  const { page, main } = app;
  // A verified credential goes in without asking.
  const dialog = await choose(page, main, VERIFIED_BADGE);
  const verified = entry(group(dialog, 'Will be added'), 'Teamwork');
  // The first check of a signature starts the import worker and its crypto: seconds on a busy machine.
  await expect(verified).toContainText('Signature verified', { timeout: 20_000 });
  await expect(verified).toContainText('Not in your profile yet.');
  await expect(verified.getByRole('checkbox', { name: 'Import it anyway; it stays marked' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Import 1 entry' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A tampered one waits for the user's word.
  await choose(page, main, TAMPERED_BADGE);
  const tampered = entry(group(dialog, 'Will be added'), 'A tampered credential');
  await expect(tampered).toContainText('Signature invalid');
  await expect(tampered).toContainText(
    'Imported only if you confirm: its signature does not check out. It stays marked.',
  );
  await expect(tampered).toContainText('The proof does not hold');
  await expect(dialog.getByRole('button', { name: 'Nothing selected' })).toBeDisabled();
  await tampered.getByRole('checkbox', { name: 'Import it anyway; it stays marked' }).check();
  await dialog.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 1 entry from');
  await expect
    .poll(() => onDisk(main)?.certificates.map((certificate) => [certificate.title, certificate.credential?.status]))
    .toEqual([['A tampered credential', 'invalid']]);

  // The expired copy of the same credential (same id) would merge, and also waits for confirmation.
  await dialog.getByRole('button', { name: 'Import another file' }).click();
  main.desktop.sourceAnswers.push(EXPIRED_BADGE);
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  const expired = entry(group(dialog, 'Will be merged into what you have'), 'Teamwork');
  await expect(expired).toContainText('Expired');
  await expect(expired).toContainText('Same credential as “A tampered credential”');
  await expect(expired.getByRole('checkbox', { name: 'Import it anyway; it stays marked' })).not.toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Nothing selected' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The certificate is on the timeline, and its details say what the offline check found.
  await timelineItem(page, /^Certificate: A tampered credential/).click();
  const details = page.getByRole('complementary').getByRole('article', { name: 'A tampered credential' });
  await expect(details).toContainText('Digital credential');
  await expect(details).toContainText('Signature invalid');
  expect(onDisk(main)?.certificates[0]?.credential).toMatchObject({ status: 'invalid' });
});

test('files that cannot be read are refused by name and nothing is changed', async ({ app }) => {
  await app.open();
  const { page, main } = app;
  await page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await expect(timelineItem(page, /^Role: Shift supervisor/)).toBeVisible();
  await expect.poll(() => onDisk(main)?.roles.length ?? 0).toBeGreaterThan(0);
  const before = readFileSync(main.profilePath);

  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-bad-'));
  const sample = readFileSync(SAMPLE_RESUME, 'utf8');
  const bad: Array<[name: string, bytes: Buffer, says: string]> = [
    [
      'cut-short.json',
      Buffer.from(sample.slice(0, Math.floor(sample.length / 2))),
      'The file ends in the middle of the JSON: it was cut short.',
    ],
    ['empty.json', Buffer.alloc(0), 'The file is empty.'],
    ['latin1-cv.json', Buffer.from('{"basics":{"name":"Ren\xe9e"}}', 'latin1'), 'It is not UTF-8 text.'],
    [
      'notes.txt',
      Buffer.from('qwpeoi zmxn 1928 !! lorem, not a CV at all\nfoo bar\n'),
      'Throughline does not recognise this file.',
    ],
  ];
  for (const [name, bytes] of bad) writeFileSync(path.join(folder, name), bytes);

  const dialog = importDialog(page);
  await page.getByRole('button', { name: 'Import…', exact: true }).click();
  for (const [name, , says] of bad) {
    main.desktop.sourceAnswers.push(path.join(folder, name));
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    const alert = dialog.getByRole('alert');
    // The message starts with the file's name, then says what is wrong with it.
    await expect(alert).toContainText(new RegExp(`^${name.replace('.', '\\.')}`));
    await expect(alert).toContainText(says);
    await expect(alert).toContainText('Nothing was changed.');
    await dialog.getByRole('button', { name: 'Import another file' }).click();
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(readFileSync(main.profilePath)).toEqual(before);
});

test('a dropped file that can no longer be read is refused by name, and the dialog does not hang', async ({ app }) => {
  await app.open();
  const { page, main } = app;
  await page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await expect.poll(() => onDisk(main)?.roles.length ?? 0).toBeGreaterThan(0);
  const before = readFileSync(main.profilePath);

  // A file moved or rewritten after the drop: the browser's lazy read of it fails.
  const dataTransfer = await page.evaluateHandle(() => {
    const file = new File(['{}'], 'moved-away.json', { type: 'application/json' });
    File.prototype.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    const transfer = new DataTransfer();
    transfer.items.add(file);
    return transfer;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  const alert = importDialog(page).getByRole('alert');
  await expect(alert).toContainText(/^moved-away\.json could not be read/);
  await expect(alert).toContainText('Nothing was changed.');
  expect(readFileSync(main.profilePath)).toEqual(before);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the import preview has no axe violations (${scheme})`, async ({ app }: { app: AppFixture }) => {
    const { page, main } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    const dialog = await choose(page, main, MIXED_RESUME);
    await expect(group(dialog, 'Skipped')).toBeVisible();
    await dialog.getByText('1 note about the file').click();
    expect(await axeViolations(page, 'dialog[open]')).toEqual([]);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const badges = await choose(page, main, TAMPERED_BADGE);
    await expect(badges.getByText('Signature invalid')).toBeVisible();
    expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
  });
}
