import { describe, expect, it, vi } from 'vitest';
import {
  createExportHandlers,
  suggestedName,
  type DocumentKind,
  type ExportDocumentRequest,
} from '../../../electron/main/export/export-handlers';
import { escapeMarkdown } from '../../../shared/export/report-markdown';
import { ipcContract } from '../../../shared/ipc/contract';
import { sampleProfile } from '../../../shared/sample/sample-profile';
import { NOW, reportCase, reviewOnlyTexts } from './report-fixtures';

const TARGET = 'sample-target-analyst';

function exporter(answers: Array<string | null>) {
  const { profile, analysis } = reportCase(sampleProfile(), TARGET);
  const written = new Map<string, Uint8Array | string>();
  const chooseDocumentFile = vi.fn<(name: string, kind: DocumentKind) => Promise<string | null>>(() =>
    Promise.resolve(answers.shift() ?? null),
  );
  const printPdf = vi.fn((html: string) => Promise.resolve(new TextEncoder().encode(`%PDF-fake ${html}`)));
  const exportDocument = createExportHandlers({
    reading: () => Promise.resolve({ profile, analysis, now: NOW }),
    chooseDocumentFile,
    printPdf,
    write: (file, data) => {
      written.set(file, data);
      return Promise.resolve();
    },
  });
  return { exportDocument, written, chooseDocumentFile, printPdf, analysis };
}

describe('suggestedName', () => {
  it('says whom a report is for, so the review is never mistaken for the one to send', () => {
    const name = (request: ExportDocumentRequest) => suggestedName('Data analyst (Ümlaut)', request, NOW);
    expect(name({ kind: 'pdf', report: 'recruiter', targetId: TARGET })).toBe(
      'throughline-data-analyst-umlaut-for-a-recruiter-2026-11-26.pdf',
    );
    expect(name({ kind: 'pdf', report: 'review', targetId: TARGET })).toBe(
      'throughline-data-analyst-umlaut-my-review-2026-11-26.pdf',
    );
    expect(name({ kind: 'markdown', report: 'review', targetId: TARGET })).toBe(
      'throughline-data-analyst-umlaut-my-review-2026-11-26.md',
    );
    expect(name({ kind: 'json-resume', targetId: TARGET })).toBe(
      'throughline-resume-data-analyst-umlaut-2026-11-26.json',
    );
  });
});

describe('createExportHandlers', () => {
  it('writes the recruiter report without the review, and the review with it', async () => {
    const { exportDocument, written, chooseDocumentFile, analysis } = exporter(['/out/sent.md', '/out/mine.md']);
    await expect(exportDocument({ kind: 'markdown', report: 'recruiter', targetId: TARGET })).resolves.toEqual({
      status: 'saved',
      file: '/out/sent.md',
    });
    await exportDocument({ kind: 'markdown', report: 'review', targetId: TARGET });
    expect(chooseDocumentFile.mock.calls).toEqual([
      ['throughline-data-analyst-for-a-recruiter-2026-11-26.md', 'markdown'],
      ['throughline-data-analyst-my-review-2026-11-26.md', 'markdown'],
    ]);
    const sent = String(written.get('/out/sent.md'));
    const mine = String(written.get('/out/mine.md'));
    expect(sent).toContain('## Certificates');
    expect(mine).toContain('## Next steps');
    for (const finding of analysis.findings) expect(mine).toContain(escapeMarkdown(finding.action));
    for (const said of reviewOnlyTexts(analysis)) expect(sent).not.toContain(escapeMarkdown(said));
  });

  it('prints the chosen report to PDF', async () => {
    const { exportDocument, printPdf } = exporter(['/out/sent.pdf', '/out/mine.pdf']);
    await exportDocument({ kind: 'pdf', report: 'recruiter', targetId: TARGET });
    await exportDocument({ kind: 'pdf', report: 'review', targetId: TARGET });
    expect(printPdf.mock.calls.map(([html]) => /<title>(.*)<\/title>/.exec(html)?.[1])).toEqual([
      'Data analyst — career report',
      'Data analyst — my review (not for sending)',
    ]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { exportDocument, written, printPdf } = exporter([null]);
    await expect(exportDocument({ kind: 'pdf', report: 'review', targetId: TARGET })).resolves.toEqual({
      status: 'cancelled',
    });
    expect(printPdf).not.toHaveBeenCalled();
    expect(written.size).toBe(0);
  });
});

describe('the export.document request', () => {
  const request = ipcContract['export.document'].request;

  it('asks a report whom it is for, and a JSON Resume nothing more', () => {
    expect(request.safeParse({ kind: 'pdf', report: 'recruiter', targetId: TARGET }).success).toBe(true);
    expect(request.safeParse({ kind: 'markdown', report: 'review', targetId: TARGET }).success).toBe(true);
    expect(request.safeParse({ kind: 'json-resume', targetId: TARGET }).success).toBe(true);
    expect(request.safeParse({ kind: 'pdf', targetId: TARGET }).success).toBe(false);
    expect(request.safeParse({ kind: 'pdf', report: 'everyone', targetId: TARGET }).success).toBe(false);
    expect(request.safeParse({ kind: 'json-resume', report: 'review', targetId: TARGET }).success).toBe(false);
    expect(request.safeParse({ kind: 'pdf', report: 'review', targetId: TARGET, extra: 1 }).success).toBe(false);
  });
});
