import { describe, expect, it, vi } from 'vitest';
import { createExportHandlers, suggestedName, type DocumentKind } from '../../../electron/main/export/export-handlers';
import type { Profile } from '../../../shared/domain/profile';
import { analyze } from '../../../shared/lens/analyze';
import { loadPersona } from '../../support/personas';
import { bundledTaxonomy } from '../../support/taxonomy';
import { NOW } from './report-fixtures';
import { withOwnPosting } from './posting-targets';

function exporter(profile: Profile) {
  const written = new Map<string, Uint8Array | string>();
  const chooseDocumentFile = vi.fn<(name: string, kind: DocumentKind) => Promise<string | null>>(() =>
    Promise.resolve('/letters/letter.md'),
  );
  const exportDocument = createExportHandlers({
    reading: (targetId) =>
      Promise.resolve({ profile, analysis: analyze(profile, bundledTaxonomy(), { now: NOW, targetId }), now: NOW }),
    chooseDocumentFile,
    printPdf: () => Promise.reject(new Error('a letter is not printed')),
    write: (file, data) => {
      written.set(file, data);
      return Promise.resolve();
    },
  });
  return { exportDocument, written, chooseDocumentFile };
}

describe('exporting a cover letter draft', () => {
  it('writes the Markdown letter, offering a name with the posting’s title and company', async () => {
    const { exportDocument, written, chooseDocumentFile } = exporter(
      withOwnPosting(loadPersona('control-strong-analyst'), 'Acme: Data/Insights'),
    );
    await expect(exportDocument({ kind: 'cover-letter', targetId: 'target-posting' })).resolves.toEqual({
      status: 'saved',
      file: '/letters/letter.md',
    });
    expect(chooseDocumentFile).toHaveBeenCalledWith(
      'Cover letter – Operations Analyst – Acme Data Insights.md',
      'cover-letter',
    );
    expect(String(written.get('/letters/letter.md'))).toMatch(
      /^# Cover letter — Operations Analyst, Acme: Data\/Insights\n/,
    );
  });

  it('names a letter for a posting without a company by its title alone, never with a trailing dot', () => {
    const request = { kind: 'cover-letter', targetId: 't' } as const;
    expect(suggestedName('Analyst', request, NOW)).toBe('Cover letter – Analyst.md');
    expect(suggestedName('Analyst', request, NOW, 'Acme Inc.')).toBe('Cover letter – Analyst – Acme Inc.md');
  });

  it('refuses a target not made from a posting, before asking where to save', async () => {
    const profile = loadPersona('control-strong-analyst');
    const { exportDocument, chooseDocumentFile, written } = exporter(profile);
    await expect(
      exportDocument({ kind: 'cover-letter', targetId: profile.targets[0]?.id ?? '' }),
    ).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringContaining('was not made from a job posting'),
    });
    expect(chooseDocumentFile).not.toHaveBeenCalled();
    expect(written.size).toBe(0);
  });
});
