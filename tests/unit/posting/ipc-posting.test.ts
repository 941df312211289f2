import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcContract, type Channel, type ResponseOf } from '../../../shared/ipc/contract';
import { APP_MAIN_FRAME, startTestMainProcess } from '../../../scripts/support/main-process';
import { read } from './reading';

type Main = ReturnType<typeof startTestMainProcess>;

async function call<C extends Channel>(main: Main, channel: C, request: object): Promise<ResponseOf<C>> {
  const result = await main.dispatch(channel, APP_MAIN_FRAME, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return ipcContract[channel].response.parse(result.value) as ResponseOf<C>;
}

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/postings', name);

describe('posting channels over IPC', () => {
  it('reads pasted text into skills, title, company and occupation', async () => {
    const main = startTestMainProcess();
    const text = 'Data Analyst\nBrightwater Energy is hiring a Data Analyst.\n\nRequirements\n- SQL\n- Tableau';
    const extraction = await call(main, 'posting.extract', { text });
    expect(extraction).toMatchObject({ title: 'Data Analyst', company: 'Brightwater Energy' });
    expect(extraction.skills.map((skill) => skill.label)).toEqual(['SQL', 'Tableau']);
  });

  it('reads as the matcher built at once does, though main builds it in slices', async () => {
    const main = startTestMainProcess();
    const text = readFileSync(fixture('product-manager.txt'), 'utf8');
    expect(await call(main, 'posting.extract', { text })).toEqual(read(text));
  });

  it('refuses text longer than a posting, saying so', async () => {
    const main = startTestMainProcess();
    const result = await main.dispatch('posting.extract', APP_MAIN_FRAME, { text: 'a'.repeat(100_001) });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('opens the file the user picks, and says nothing happened when they cancel', async () => {
    const main = startTestMainProcess();
    main.desktop.postingAnswers.push(fixture('ux-ui-designer.md'), null);
    const opened = await call(main, 'posting.open', {});
    expect(opened).toMatchObject({ status: 'opened', fileName: 'ux-ui-designer.md' });
    expect(opened.status === 'opened' && opened.text.startsWith('# UX/UI Designer')).toBe(true);
    expect(await call(main, 'posting.open', {})).toEqual({ status: 'cancelled' });
  });

  it('refuses a file it cannot read with a message naming it', async () => {
    const main = startTestMainProcess();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'posting-ipc-')), 'job.json');
    writeFileSync(file, '{"company": "Acme"}');
    main.desktop.postingAnswers.push(file);
    const result = await main.dispatch('posting.open', APP_MAIN_FRAME, {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_REFUSED', message: expect.stringMatching(/^job\.json: It is not a JSON Resume job/) },
    });
  });
});
