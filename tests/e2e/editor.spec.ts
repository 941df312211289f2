import type { Page } from '@playwright/test';
import { emptyProfile } from '../../shared/domain/profile';
import { axeViolations } from '../support/axe';
import { profileOnDisk as readProfileFile } from '../support/profile-on-disk';
import { sampleProfile } from '../../scripts/support/profiles';
import { expect, openWithProfile, test, type AppFixture } from './harness';

const profileOnDisk = (app: AppFixture) => readProfileFile(app.main.profilePath);

async function addRole(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add role' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a role' });
  await dialog.getByLabel('Title', { exact: true }).fill(title);
  await dialog.getByLabel('Start', { exact: true }).fill('2022-01');
  await dialog.getByLabel('I work here now').check();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('roles, projects and certificates are made, linked, edited and deleted through the forms', async ({ app }) => {
  // One long story through every form and the details panel.
  test.slow();
  await app.open();
  const { page } = app;
  const details = page.getByRole('complementary');

  // A role: nothing is saved while the form has problems, each said at its field.
  await page.getByRole('button', { name: 'Add role' }).click();
  const roleDialog = page.getByRole('dialog', { name: 'Add a role' });
  await roleDialog.getByRole('button', { name: 'Add', exact: true }).click();
  const title = roleDialog.getByLabel('Title', { exact: true });
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('Give it a title.');
  await expect(roleDialog.getByLabel('Start', { exact: true })).toHaveAccessibleDescription(
    'Choose the month it started.',
  );
  await expect(title).toBeFocused();
  await title.fill('Data analyst');
  await roleDialog.getByLabel('Organisation (optional)', { exact: true }).fill('Northwind Traders');
  await roleDialog.getByLabel('Kind').selectOption('job');
  await roleDialog.getByLabel('Start', { exact: true }).fill('2023-05');
  const end = roleDialog.getByLabel('End', { exact: true });
  await end.fill('2022-01');
  await roleDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(end).toHaveAccessibleDescription('The end cannot be before the start.');
  await expect(roleDialog.getByRole('alert')).toHaveText('The end cannot be before the start.');
  expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
  expect(profileOnDisk(app)?.roles ?? []).toEqual([]);
  expect((await app.main.store).state().profile.roles).toEqual([]);

  await roleDialog.getByLabel('I work here now').check();
  await expect(end).toBeHidden();
  const addSkill = roleDialog.getByRole('combobox', { name: 'Add a skill' });
  await addSkill.fill('sql');
  await expect(
    roleDialog.getByRole('listbox', { name: 'Add a skill suggestions' }).getByRole('option').first(),
  ).toContainText('SQL');
  await addSkill.press('Enter');
  await addSkill.fill('Knitting pivot tables');
  await addSkill.press('Enter');
  await expect(roleDialog.getByRole('group', { name: /Skills/ }).getByRole('listitem')).toHaveText([
    /SQL/,
    /Knitting pivot tables/,
  ]);
  await roleDialog.getByLabel('Highlights').fill('Cut report time in half\n\nBuilt the sales dashboard');
  await roleDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(roleDialog).toBeHidden();
  await expect(details.getByRole('article', { name: 'Data analyst' })).toBeVisible();
  await expect(details).toContainText('Northwind Traders');
  await expect
    .poll(() => profileOnDisk(app)?.roles)
    .toEqual([
      expect.objectContaining({
        title: 'Data analyst',
        organization: 'Northwind Traders',
        start: '2023-05',
        end: null,
        skills: [
          { label: 'SQL', conceptId: expect.stringContaining('esco/skill') as unknown },
          { label: 'Knitting pivot tables', conceptId: null },
        ],
        highlights: ['Cut report time in half', 'Built the sales dashboard'],
      }),
    ]);
  const roleId = profileOnDisk(app)?.roles[0]?.id;

  // A project that belongs to the role, with an evidence link that must be a web address.
  await page.getByRole('button', { name: 'Add project' }).click();
  const projectDialog = page.getByRole('dialog', { name: 'Add a project' });
  await projectDialog.getByLabel('Title', { exact: true }).fill('Churn dashboard');
  await projectDialog.getByLabel('Belongs to role').selectOption({ label: 'Data analyst — Northwind Traders' });
  await projectDialog.getByLabel('Start', { exact: true }).fill('2023-09');
  await projectDialog.getByLabel('End', { exact: true }).fill('2024-02');
  await projectDialog.getByRole('button', { name: 'Add a link' }).click();
  await projectDialog.getByLabel('Link label').fill('Write-up');
  const url = projectDialog.getByLabel('URL', { exact: true });
  await url.fill('not a link');
  await projectDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(url).toHaveAccessibleDescription(/full web address/);
  await url.fill('https://example.com/churn');
  await projectDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(projectDialog).toBeHidden();
  await expect(details.getByRole('article', { name: 'Churn dashboard' })).toContainText('Data analyst');
  await expect
    .poll(() => profileOnDisk(app)?.projects)
    .toEqual([
      expect.objectContaining({
        title: 'Churn dashboard',
        roleId,
        start: '2023-09',
        end: '2024-02',
        evidence: [{ kind: 'url', label: 'Write-up', url: 'https://example.com/churn' }],
      }),
    ]);
  const projectId = profileOnDisk(app)?.projects[0]?.id;

  // A certificate from the catalogue: picking it fills title, provider and skills.
  await page.getByRole('button', { name: 'Add certificate' }).click();
  const certificateDialog = page.getByRole('dialog', { name: 'Add a certificate' });
  const certificateTitle = certificateDialog.getByRole('combobox', { name: 'Title' });
  await certificateTitle.fill('aws sol');
  await expect(
    certificateDialog.getByRole('listbox', { name: 'Title suggestions' }).getByRole('option').first(),
  ).toContainText('AWS Certified Solutions Architect');
  await certificateTitle.press('ArrowDown');
  await certificateTitle.press('Enter');
  await expect(certificateTitle).toHaveValue('AWS Certified Solutions Architect – Associate');
  await expect(certificateDialog.getByRole('combobox', { name: 'Provider' })).toHaveValue('AWS');
  await expect(certificateDialog.getByRole('group', { name: /Skills/ })).toContainText('Amazon Web Services');
  await certificateDialog.getByLabel('Status').selectOption('in-progress');
  await expect(certificateDialog.getByLabel('Expected')).toBeVisible();
  await certificateDialog.getByLabel('Percent done').fill('140');
  await certificateDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(certificateDialog.getByLabel('Percent done')).toHaveAccessibleDescription(/whole number from 0 to 100/);
  await certificateDialog.getByLabel('Status').selectOption('earned');
  await certificateDialog.getByLabel('Issued').fill('2024-03');
  await certificateDialog.getByLabel('Hours of study').fill('40');
  await certificateDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(certificateDialog).toBeHidden();
  const certificateDetails = details.getByRole('article', { name: 'AWS Certified Solutions Architect – Associate' });
  await expect(certificateDetails).toContainText('AWS');
  await expect
    .poll(() => profileOnDisk(app)?.certificates)
    .toEqual([
      expect.objectContaining({
        title: 'AWS Certified Solutions Architect – Associate',
        provider: 'AWS',
        status: { state: 'earned' },
        issued: '2024-03',
        hours: 40,
        appliedIn: [],
        skills: expect.arrayContaining([{ label: 'Amazon Web Services', conceptId: 'sup:aws' }]),
      }),
    ]);
  const certificateId = profileOnDisk(app)?.certificates[0]?.id;
  expect(await axeViolations(page, '.side-panel')).toEqual([]);

  // Attach it to the project from the certificate's side, with a note.
  const attach = certificateDetails.getByRole('form', { name: 'Attach to a role or project' });
  await attach.getByRole('button', { name: 'Attach' }).click();
  await expect(attach.getByLabel('Role or project')).toHaveAccessibleDescription('Choose what to attach it to.');
  await attach.getByLabel('Role or project').selectOption({ label: 'Churn dashboard' });
  await attach.getByLabel('How I used it').fill('Hosted the dashboard on AWS');
  await attach.getByRole('button', { name: 'Attach' }).click();
  const appliedIn = certificateDetails.getByRole('list', { name: 'Applied in' });
  await expect(appliedIn.getByRole('listitem')).toHaveCount(1);
  await expect(appliedIn).toContainText('Churn dashboard');
  await expect(appliedIn).toContainText('Hosted the dashboard on AWS');
  await expect
    .poll(() => profileOnDisk(app)?.certificates[0]?.appliedIn)
    .toEqual([{ kind: 'project', id: projectId, note: 'Hosted the dashboard on AWS' }]);

  // The link seen from the project, and detached there.
  await appliedIn.getByRole('button', { name: 'Churn dashboard', exact: true }).click();
  const projectDetails = details.getByRole('article', { name: 'Churn dashboard' });
  const usedHere = projectDetails.getByRole('list', { name: 'Certificates used here' });
  await expect(usedHere).toContainText('AWS Certified Solutions Architect – Associate');
  await expect(usedHere).toContainText('Hosted the dashboard on AWS');
  await usedHere.getByRole('button', { name: /^Detach from AWS Certified/ }).click();
  await expect(projectDetails).toContainText('No certificate is linked to this yet.');
  await expect.poll(() => profileOnDisk(app)?.certificates[0]?.appliedIn).toEqual([]);

  // Attach it to the role from the role's side, then edit the role's title.
  await projectDetails.getByRole('button', { name: 'Data analyst', exact: true }).click();
  const roleDetails = details.getByRole('article', { name: 'Data analyst' });
  const attachCertificate = roleDetails.getByRole('form', { name: 'Attach a certificate' });
  await attachCertificate
    .getByLabel('Certificate')
    .selectOption({ label: 'AWS Certified Solutions Architect – Associate' });
  await attachCertificate.getByLabel('How I used it').fill('Moved the reports to the cloud');
  await attachCertificate.getByRole('button', { name: 'Attach' }).click();
  await expect(roleDetails.getByRole('list', { name: 'Certificates used here' })).toContainText(
    'Moved the reports to the cloud',
  );
  await expect
    .poll(() => profileOnDisk(app)?.certificates[0]?.appliedIn)
    .toEqual([{ kind: 'role', id: roleId, note: 'Moved the reports to the cloud' }]);

  await roleDetails.getByRole('button', { name: 'Edit Data analyst' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit role' });
  await expect(editDialog.getByLabel('I work here now')).toBeChecked();
  await editDialog.getByLabel('Title', { exact: true }).fill('Senior data analyst');
  await editDialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(editDialog).toBeHidden();
  await expect(details.getByRole('article', { name: 'Senior data analyst' })).toBeVisible();
  await expect.poll(() => profileOnDisk(app)?.roles[0]?.title).toBe('Senior data analyst');
  expect(profileOnDisk(app)?.roles[0]?.id).toBe(roleId);

  // Deleting the role asks what happens to its linked certificate.
  await details.getByRole('button', { name: 'Delete Senior data analyst' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this role?' });
  await expect(confirm).toContainText('has 1 certificate linked to it');
  await expect(confirm).toContainText('1 project will no longer belong to a role.');
  await expect(confirm.getByRole('radio', { name: 'Keep the certificates (links removed)' })).toBeChecked();
  expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(details).toContainText('Select an item on the timeline to see and edit it here.');
  await expect.poll(() => profileOnDisk(app)?.roles).toEqual([]);
  const after = profileOnDisk(app);
  expect(after?.certificates.map((certificate) => [certificate.id, certificate.appliedIn])).toEqual([
    [certificateId, []],
  ]);
  expect(after?.projects[0]?.roleId).toBeNull();
});

test('deleting a role can take its linked certificates with it', async ({ app }) => {
  await app.open();
  const { page } = app;
  const details = page.getByRole('complementary');
  await addRole(page, 'Teacher');
  await page.getByRole('button', { name: 'Add certificate' }).click();
  const certificateDialog = page.getByRole('dialog', { name: 'Add a certificate' });
  await certificateDialog.getByRole('combobox', { name: 'Title' }).fill('Classroom facilitation');
  await certificateDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(certificateDialog).toBeHidden();
  const attach = details.getByRole('form', { name: 'Attach to a role or project' });
  await attach.getByLabel('Role or project').selectOption({ label: 'Teacher' });
  await attach.getByRole('button', { name: 'Attach' }).click();
  await details.getByRole('list', { name: 'Applied in' }).getByRole('button', { name: 'Teacher', exact: true }).click();
  await details.getByRole('button', { name: 'Delete Teacher' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this role?' });
  await confirm.getByRole('radio', { name: 'Delete the certificates too' }).check();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => profileOnDisk(app)?.roles).toEqual([]);
  expect(profileOnDisk(app)?.certificates).toEqual([]);
});

test('the form and the details panel have no axe violations in the dark theme', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  const { page } = app;
  await addRole(page, 'Barista');
  await expect(page.getByRole('complementary').getByRole('article', { name: 'Barista' })).toBeVisible();
  expect(await axeViolations(page, '.side-panel')).toEqual([]);
  expect(await axeViolations(page, '.add-entry')).toEqual([]);

  await page.getByRole('button', { name: 'Add certificate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a certificate' });
  await dialog.getByLabel('Credential URL').fill('nope');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveCount(2);
  expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(profileOnDisk(app)?.certificates ?? []).toEqual([]);
});

test('a degree gets its years of study from the form, never after it ended, and the timeline draws them', async ({
  page,
}) => {
  // A degree imported before starts were kept: only its end is known.
  const degree = {
    ...sampleProfile().certificates[0]!,
    id: 'cert-ba',
    title: 'Bachelor of Arts',
    learning: 'education' as const,
    provider: 'Universität Hamburg',
    started: null,
    issued: '2016-07',
    skills: [],
    appliedIn: [],
  };
  const main = await openWithProfile(page, { ...emptyProfile(), certificates: [degree] });

  const marker = page
    .getByRole('group', { name: 'Career path timeline' })
    .getByRole('button', { name: /^Education: Bachelor of Arts/ });
  await expect(marker.locator('.tl-marker__span')).toHaveCount(0);
  await marker.click();
  await page.getByRole('complementary').getByRole('button', { name: 'Edit Bachelor of Arts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit certificate' });
  const studiedFrom = dialog.getByLabel('Studied from');
  await studiedFrom.fill('2016-10');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(studiedFrom).toHaveAccessibleDescription('It cannot start after its issue or expected date.');
  expect(readProfileFile(main.profilePath)?.certificates[0]?.started).toBeNull();

  await studiedFrom.fill('2010-10');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => readProfileFile(main.profilePath)?.certificates[0]?.started).toBe('2010-10');
  // The years of study are a span on the learning lane, and are said with the degree.
  await expect(marker.locator('.tl-marker__span')).toHaveCount(1);
  await expect(marker).toHaveAccessibleName(/Universität Hamburg, Oct 2010 – Jul 2016, earned/);
  await expect(page.getByRole('complementary').getByRole('article', { name: 'Bachelor of Arts' })).toContainText(
    'started Oct 2010 · issued Jul 2016',
  );
  expect(main.internalErrors).toEqual([]);
});

test('the header says "Saved" once main reports the edit’s write landed', async ({ app }) => {
  await app.open();
  const { page } = app;
  const saveState = page.getByRole('banner').getByRole('status');
  await expect(saveState).toHaveText('Saved on this computer');
  // The window no longer asks: only main's report of the landed write turns "Saving…" into "Saved".
  await addRole(page, 'Shift supervisor');
  await expect.poll(() => profileOnDisk(app)?.roles.map((role) => role.title)).toEqual(['Shift supervisor']);
  await expect(saveState).toHaveText('Saved on this computer');
});
