import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeProfileFile } from '../../electron/main/store/profile-file';
import { startTestMainProcess } from '../../scripts/support/main-process';
import { sampleProfile, seedProfileFile } from '../../scripts/support/profiles';
import { E2E_ORIGIN, installApp, test, type AppFixture } from '../e2e/harness';
import { largeProfile } from '../../scripts/support/large-profile';
import { newAward, newCertificate } from '../../shared/domain/entries';
import { zipSync } from 'fflate';
import type { PlanStep } from '../../shared/domain/plan';
import type { Profile } from '../../shared/domain/profile';
import { addDays, localDay } from '../../shared/plan/days';
import { labelledSkill } from '../unit/export/posting-targets';

const outDir = path.resolve(import.meta.dirname, '../../docs/screenshots');

test('first screen, light theme', async ({ app }) => {
  await app.open();
  await app.page.screenshot({ path: path.join(outDir, 'first-screen.png') });
});

test('first screen, dark theme', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  await app.page.screenshot({ path: path.join(outDir, 'first-screen-dark.png') });
});

test('about dialog', async ({ app }) => {
  await app.open();
  await app.page.getByRole('button', { name: 'About' }).click();
  await app.page.getByText('This product uses the ESCO classification').waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'about.png') });
});

test('backups dialog', async ({ page }) => {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
  seedProfileFile(dataFolder, sampleProfile(), 4);
  await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await page.getByRole('button', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Restore' }).first().waitFor();
  await page.screenshot({ path: path.join(outDir, 'backups.png') });
});

test('recovery notice', async ({ page }) => {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
  writeFileSync(path.join(dataFolder, 'profile.json'), Buffer.alloc(2048));
  await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await page.getByRole('alert').waitFor();
  await page.screenshot({ path: path.join(outDir, 'recovery-notice.png') });
});

test('target role from an occupation', async ({ app }) => {
  await app.open();
  await app.page.getByRole('button', { name: /Target role/ }).click();
  const occupation = app.page.getByRole('combobox', { name: 'From an occupation' });
  await occupation.fill('data analyst');
  await app.page.getByRole('option', { name: 'data analyst', exact: true }).waitFor();
  await occupation.press('Enter');
  await app.page.getByRole('group', { name: /Core skills/ }).waitFor();
  await app.page.getByRole('combobox', { name: 'Add a skill' }).fill('power b');
  await app.page.getByRole('option', { name: 'Power BI' }).waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'target-from-occupation.png') });
});

test('findings for a career changer', async ({ page }) => {
  const decoded = decodeProfileFile(
    readFileSync(path.resolve(import.meta.dirname, '../fixtures/personas/changer-teacher-to-ux-unsupported.json')),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
  seedProfileFile(dataFolder, decoded.profile, 3);
  await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await page.getByRole('region', { name: /Worth fixing/ }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'findings.png') });
});

async function openSample(app: AppFixture) {
  await app.open();
  await app.page.getByRole('button', { name: 'Explore a sample profile' }).click();
  await app.page.getByRole('region', { name: /Worth fixing/ }).waitFor();
  await app.page.locator('.tl-connector').first().waitFor();
  await app.page.getByText('Saved on this computer').waitFor();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the sample profile's timeline (${scheme})`, async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: scheme });
    await openSample(app);
    const marker = app.page.getByRole('button', { name: /^Certificate: Python for Everybody/ });
    await marker.click();
    await marker.hover();
    await app.page.locator('.tl-tooltip').waitFor();
    await app.page.screenshot({
      path: path.join(outDir, scheme === 'light' ? 'sample-profile.png' : 'sample-profile-dark.png'),
    });
  });
}

test('target view, two targets side by side', async ({ app }) => {
  await app.page.setViewportSize({ width: 1600, height: 1000 });
  const frame = { frameUrl: `${E2E_ORIGIN}/index.html`, isAppMainFrame: true };
  await app.main.dispatch('profile.loadSample', frame, {});
  await app.main.dispatch('profile.execute', frame, {
    command: {
      type: 'target.add',
      target: {
        id: 'shot-product-analyst',
        title: 'Product analyst',
        occupationId: null,
        skills: [
          labelledSkill('SQL', 'essential'),
          labelledSkill('product analytics', 'essential'),
          labelledSkill('A/B testing', 'essential'),
          labelledSkill('Python', 'optional'),
        ],
        paceOverride: null,
        targetDate: null,
        posting: null,
      },
    },
  });
  await app.open();
  await app.page.getByRole('tab', { name: 'Target role' }).click();
  await app.page.getByLabel('Compare with').selectOption({ label: 'Product analyst' });
  await app.page.getByRole('img').nth(1).waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'target-view.png') });
});

test('certificate form with catalogue autocomplete', async ({ app }) => {
  await openSample(app);
  await app.page.getByRole('button', { name: 'Add certificate' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Add a certificate' });
  await dialog.getByRole('combobox', { name: 'Title' }).fill('aws sol');
  await dialog.getByRole('option').first().waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'certificate-form.png') });
});

test('the large profile: 200 roles, 500 projects, 1,000 certificates', async ({ page }) => {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
  seedProfileFile(dataFolder, largeProfile(), 1);
  await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await page.locator('.tl-layer[data-connectors]').waitFor();
  // The overview follows the items' first paint.
  await page.locator('.tl-overview:not(.tl-overview--pending)').waitFor();
  await page.getByRole('region', { name: /Worth fixing/ }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'large-profile.png') });
});

test('import preview of a JSON Resume', async ({ app }) => {
  await app.open();
  await app.page.getByRole('button', { name: 'Import…', exact: true }).click();
  app.main.desktop.sourceAnswers.push(
    path.resolve(import.meta.dirname, '../fixtures/external/jsonresume/resume-schema__sample.resume.json'),
  );
  await app.page.getByRole('button', { name: 'Choose a file…' }).click();
  await app.page.getByRole('region', { name: 'Will be added' }).waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'import-preview.png') });
});

test('import preview of a LinkedIn export: languages, an honour, and entries that wait for their title', async ({
  app,
}) => {
  const folder = path.resolve(import.meta.dirname, '../fixtures/linkedin');
  const zip = zipSync(
    Object.fromEntries(
      readdirSync(folder)
        .filter((name) => name.endsWith('.csv'))
        .map((name) => [name, new Uint8Array(readFileSync(path.join(folder, name)))]),
    ),
  );
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-shot-')), 'Basic_LinkedInDataExport.zip');
  writeFileSync(file, zip);
  await app.page.setViewportSize({ width: 1440, height: 1100 });
  await app.open();
  await app.page.getByRole('button', { name: 'Import…', exact: true }).click();
  app.main.desktop.sourceAnswers.push(file);
  await app.page.getByRole('button', { name: 'Choose a file…' }).click();
  const waiting = app.page.getByRole('region', { name: 'Needs a title from you' });
  await waiting.waitFor();
  await waiting.getByRole('textbox', { name: 'Title' }).nth(1).fill('Google Data Analytics courses');
  await app.page.screenshot({ path: path.join(outDir, 'import-linkedin.png') });
});

test('an award on the timeline, given for a role', async ({ page }) => {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
  const profile = sampleProfile();
  const role = profile.roles[0];
  if (role === undefined) throw new Error('the sample profile has a role');
  seedProfileFile(dataFolder, {
    ...profile,
    awards: [
      newAward({
        id: 'award-support',
        title: 'Support team of the year',
        awarder: role.organization,
        date: '2023-12',
        summary: 'Cut first-response time from 9 to 3 hours.',
        appliedIn: [{ kind: 'role', id: role.id, note: '' }],
      }),
    ],
    person: { ...profile.person, name: 'Sam Rivera', label: 'Support lead moving into product' },
  });
  await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await page.locator('.tl-layer[data-connectors]').waitFor();
  await page.getByRole('button', { name: /^Award: Support team of the year/ }).click();
  await page.getByRole('complementary').getByRole('article', { name: 'Support team of the year' }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'award.png') });
});

test('export dialog', async ({ app }) => {
  await openSample(app);
  await app.page.getByRole('button', { name: 'Export…', exact: true }).click();
  await app.page.getByRole('dialog', { name: 'Export' }).waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'export.png') });
});

/** The retail-to-data-analyst persona with a plan under way and three weeks of study, dated around today. */
function plannedPersona(): Profile {
  const decoded = decodeProfileFile(
    readFileSync(path.resolve(import.meta.dirname, '../fixtures/personas/changer-retail-to-data-analyst.json')),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  const today = localDay(new Date());
  const profile = decoded.profile;
  const step = (id: string, kind: PlanStep['kind'], title: string, due: number, status: PlanStep['status']) => ({
    id,
    targetId: 'target-da',
    kind,
    title,
    skills: [],
    serves: [{ kind: 'certificate' as const, id: 'cert-bi' }],
    findingKeys: [],
    due: addDays(today, due),
    status,
    doneOn: status === 'done' ? addDays(today, due) : null,
    note: '',
  });
  const session = (id: string, daysAgo: number, minutes: number) => ({
    id,
    date: addDays(today, -daysAgo),
    minutes,
    what: 'Power BI modules',
    certificateId: 'cert-bi',
    skill: null,
    stepId: 'step-bi',
  });
  return {
    ...profile,
    certificates: [
      // An expiry close enough for the Upcoming panel to name it.
      ...profile.certificates.map((certificate) =>
        certificate.id === 'cert-excel' ? { ...certificate, expires: addDays(today, 10) } : certificate,
      ),
      newCertificate({
        id: 'cert-bi',
        title: 'Microsoft Power BI Data Analyst',
        provider: 'Microsoft',
        issued: addDays(today, 90).slice(0, 7),
        status: { state: 'in-progress', percentDone: 35 },
        hours: 60,
        skills: [{ label: 'data visualisation', conceptId: null }],
      }),
    ],
    settings: { ...profile.settings, weeklyGoalHours: 5 },
    plan: [
      step('step-bi', 'learn', 'Finish the Power BI course', 45, 'doing'),
      step('step-dashboard', 'apply', 'Build a sales dashboard for the store team', 75, 'todo'),
      step('step-apply', 'apply-for-roles', 'Apply to five junior analyst roles', -3, 'todo'),
    ].map((entry) => (entry.id === 'step-apply' ? { ...entry, serves: [] } : entry)),
    log: [
      session('s1', 20, 90),
      session('s2', 16, 120),
      session('s3', 13, 60),
      session('s4', 9, 150),
      session('s5', 6, 45),
      session('s6', 2, 120),
    ],
  };
}

for (const [name, section] of [
  ['plan.png', '.plan-section'],
  ['learning-log.png', '.learning-log'],
] as const) {
  test(`the plan towards a target: ${name}`, async ({ page }) => {
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
    seedProfileFile(dataFolder, plannedPersona(), 3);
    await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
    await page.goto(`${E2E_ORIGIN}/index.html`);
    await page.getByRole('tab', { name: 'Target role' }).click();
    await page.locator('.weekly-hours__plot svg').waitFor();
    await page.setViewportSize({ width: 1280, height: 1000 });
    // The view scrolls inside its own region, under the header, as a person scrolls it.
    await page.locator(section).evaluate((element) => {
      const region = element.closest('main');
      if (region !== null)
        region.scrollTop += element.getBoundingClientRect().top - region.getBoundingClientRect().top - 12;
    });
    await page.screenshot({ path: path.join(outDir, name) });
  });
}

test('the plan on the timeline, the next 12 months', async ({ page }) => {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-shot-'));
  seedProfileFile(dataFolder, plannedPersona(), 3);
  await installApp(page, startTestMainProcess({ appOrigins: [E2E_ORIGIN], dataFolder }));
  await page.goto(`${E2E_ORIGIN}/index.html`);
  await page.getByRole('button', { name: 'Next 12 months' }).click();
  await page.locator('.tl-layer[data-connectors]').waitFor();
  await page.locator('.tl-overview:not(.tl-overview--pending)').waitFor();
  await page.getByRole('region', { name: 'Upcoming' }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'plan-timeline.png') });
});

/** The sample with a posting saved earlier, then the data-analyst posting pasted into the posting dialog and read. */
async function pastePosting(app: AppFixture) {
  const frame = { frameUrl: `${E2E_ORIGIN}/index.html`, isAppMainFrame: true };
  await app.main.dispatch('profile.loadSample', frame, {});
  const skill = (label: string, conceptId: string) => ({ skill: { label, conceptId }, importance: 'essential' });
  await app.main.dispatch('profile.execute', frame, {
    command: {
      type: 'target.add',
      target: {
        id: 'shot-bi-developer',
        title: 'BI developer',
        occupationId: null,
        skills: [
          skill('Power BI', 'sup:power-bi'),
          skill('SQL', 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742'),
          skill('DAX', 'sup:dax'),
        ],
        paceOverride: null,
        targetDate: null,
        posting: {
          text: 'BI developer\nNorthwind Foods\nRequirements\n- Power BI\n- SQL\n- DAX',
          company: 'Northwind Foods',
          origin: { kind: 'pasted' },
          savedOn: '2026-11-20',
        },
      },
    },
  });
  await app.page.setViewportSize({ width: 1280, height: 860 });
  await app.open();
  await app.page.getByRole('tab', { name: 'Target role' }).click();
  await app.page.getByRole('button', { name: 'Manage targets' }).click();
  await app.page.getByRole('button', { name: 'From a job posting…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'A target from a job posting' });
  await dialog
    .getByLabel('The posting')
    .fill(readFileSync(path.resolve(import.meta.dirname, '../fixtures/postings/data-analyst.txt'), 'utf8'));
  await dialog.getByRole('button', { name: 'Read the posting' }).click();
  await dialog.getByRole('form', { name: 'How the posting was read' }).waitFor();
  return dialog;
}

test('a job posting read into a target: the preview', async ({ app }) => {
  const dialog = await pastePosting(app);
  // The reason a negated skill was set aside, as a keyboard user sees it.
  const negated = dialog.locator('.posting-ignored', { hasText: 'Python' });
  await negated.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await negated.focus();
  await app.page.screenshot({ path: path.join(outDir, 'posting-preview.png') });
});

test('a job posting read into a target: its target view and the postings closest to ready', async ({ app }) => {
  const dialog = await pastePosting(app);
  await dialog.getByRole('button', { name: 'Save target' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await app.page.locator('.closest__row').nth(1).waitFor();
  await app.page.getByRole('img', { name: /Skills of Data Analyst/ }).waitFor();
  await app.page.screenshot({ path: path.join(outDir, 'posting-target.png') });
});
