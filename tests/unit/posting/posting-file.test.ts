import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postingTextOf, readPostingFile } from '../../../electron/main/posting/posting-file';
import { MAX_POSTING_CHARS, MAX_POSTING_FILE_BYTES } from '../../../shared/posting/posting';
import { read } from './reading';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/postings', name);

describe('a posting file as text', () => {
  it('reads .txt and .md as UTF-8, without a byte-order mark', () => {
    expect(postingTextOf('job.txt', bytes('\uFEFFData Analyst\r\nSQL\r\n'))).toBe('Data Analyst\nSQL');
    expect(postingTextOf('job.md', bytes('# Data Analyst\n\n- SQL\n'))).toBe('# Data Analyst\n\n- SQL');
  });

  it('reads .html as its visible text, headings and list items on their own lines', async () => {
    const { text } = await readPostingFile(fixture('soc-analyst.html'));
    expect(text.startsWith('SOC Analyst (Tier 1)')).toBe(true);
    expect(text).toContain('\nRequirements\n- Hands-on experience with a SIEM such as Splunk or Microsoft Sentinel\n');
    expect(text).not.toMatch(/dataLayer|font-family|Privacy|Home/);
    const extraction = read(text);
    expect(extraction.company).toBe('Kestrel Cyber');
    expect(extraction.skills.find((skill) => skill.label === 'Splunk')?.importance).toBe('essential');
    expect(extraction.skills.find((skill) => skill.label === 'PowerShell')?.importance).toBe('optional');
  });

  it('composes a JSON Resume job file with headings, qualifications and skills read as requirements', async () => {
    const { fileName, text } = await readPostingFile(fixture('cloud-support-engineer.json'));
    expect(fileName).toBe('cloud-support-engineer.json');
    expect(text).toMatch(/^Cloud Support Engineer\n\nCompany: Stratus Ledger\n/);
    expect(text).toContain('\nResponsibilities\n- Troubleshoot customer issues');
    expect(text).toContain('\nRequirements\n- Experience supporting Linux servers');
    expect(text).toContain('- Amazon Web Services (Intermediate): EC2, S3, IAM');
    expect(text).toContain('\nSalary\n£42,000 - £50,000');
    const extraction = read(text);
    expect(extraction).toMatchObject({ title: 'Cloud Support Engineer', company: 'Stratus Ledger' });
    expect(extraction.ignored.some((entry) => entry.why === 'salary')).toBe(true);
  });

  it('refuses what it cannot read, saying why', () => {
    expect(() => postingTextOf('job.pdf', bytes('x'))).toThrow(/job\.pdf: .*\.txt, \.md, \.html or JSON Resume job/);
    expect(() => postingTextOf('job.txt', new Uint8Array([0x44, 0xff, 0xfe, 0x41]))).toThrow(/not UTF-8 text/);
    expect(() => postingTextOf('job.txt', bytes('   \n'))).toThrow(/no text/);
    expect(() => postingTextOf('job.json', bytes('{ title: '))).toThrow(/not valid JSON/);
    expect(() => postingTextOf('job.json', bytes('{"company": "Acme"}'))).toThrow(
      /not a JSON Resume job description: .*\(at title\)/,
    );
    expect(() => postingTextOf('job.json', bytes('{"title": "Analyst", "skills": "SQL"}'))).toThrow(/\(at skills\)/);
    expect(() => postingTextOf('job.txt', bytes('a'.repeat(MAX_POSTING_CHARS + 1)))).toThrow(
      /100,001 characters; a posting is at most 100,000/,
    );
    expect(() => postingTextOf('job.txt', new Uint8Array(MAX_POSTING_FILE_BYTES + 1))).toThrow(/at most 2 MB/);
    // 200,000 unclosed elements would hold the parser for seconds: refused before parsing.
    expect(() => postingTextOf('page.html', bytes('<div>'.repeat(200_000)))).toThrow(
      /page\.html: Its markup nests deeper/,
    );
  });

  it('refuses a file over 2 MB before reading it, and a file that is not there', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'posting-'));
    const large = path.join(folder, 'huge.txt');
    writeFileSync(large, '');
    truncateSync(large, 50 * 1024 * 1024);
    await expect(readPostingFile(large)).rejects.toThrow(
      /huge\.txt: The file is 50 MB; a posting file is at most 2 MB/,
    );
    await expect(readPostingFile(path.join(folder, 'gone.txt'))).rejects.toThrow(/not there any more/);
  });
});
