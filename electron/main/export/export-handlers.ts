import { planCalendar } from '../plan/calendar';
import { writeFile } from 'node:fs/promises';
import type { Profile } from '../../../shared/domain/profile';
import { buildCoverLetter } from '../../../shared/export/cover-letter';
import { toJsonResume } from '../../../shared/export/json-resume';
import type { DocumentKind, ReportKind } from '../../../shared/export/document-kind';
import { buildReportModel } from '../../../shared/export/report-model';
import { renderReportHtml } from '../../../shared/export/report-html';
import { renderReportMarkdown } from '../../../shared/export/report-markdown';
import type { ParsedRequestOf } from '../../../shared/ipc/contract';
import type { LensResult } from '../../../shared/lens/result';
import { AppError } from '../app-error';
import { DOCUMENT_FILTERS } from './document-filters';

export type { DocumentKind };
export type ExportDocumentRequest = ParsedRequestOf<'export.document'>;

/** The extension a suggested file name ends with: the save dialog's own, so the two always agree. */
const extensionOf = (kind: DocumentKind): string => DOCUMENT_FILTERS[kind].extensions[0];
/** Said in the file name too, so the review is never mistaken for the report to send. */
const REPORT_FILE_WORDS: Record<ReportKind, string> = { recruiter: 'for-a-recruiter', review: 'my-review' };

export interface ExportServices {
  /** The profile and the lens's reading of it for one target, as the window sees them now. */
  reading: (targetId: string) => Promise<{ profile: Profile; analysis: LensResult; now: string }>;
  chooseDocumentFile: (suggestedName: string, kind: DocumentKind) => Promise<string | null>;
  /** The report's HTML printed to PDF (Electron's printToPDF in the app, Chromium's page.pdf in tests). */
  printPdf: (html: string) => Promise<Uint8Array>;
  write?: (file: string, data: Uint8Array | string) => Promise<void>;
}

/** Characters no file system takes in a name; control characters go with the other non-printing ones. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\p{Cc}]+/gu;

/** A cover letter is named as the person would name it ("Cover letter – Data Analyst – Acme.md"). */
function coverLetterName(title: string, company: string | null): string {
  // A trailing dot would meet the extension's ("Acme Inc..md"), and Windows drops it anyway.
  const clean = (text: string) =>
    text
      .replace(UNSAFE_IN_NAME, ' ')
      .replace(/\s+/g, ' ')
      .slice(0, 80)
      .replace(/[.\s]+$/, '')
      .trim();
  const parts = [
    'Cover letter',
    clean(title) || 'target',
    ...(company === null || clean(company) === '' ? [] : [clean(company)]),
  ];
  return `${parts.join(' – ')}.${extensionOf('cover-letter')}`;
}

/**
 * A file name from the target's title: readable, and safe on every file system. A report says
 * whom it is for ("…-for-a-recruiter-…", "…-my-review-…"); a JSON Resume is "throughline-resume-…";
 * a cover letter names the posting's title and company.
 */
export function suggestedName(
  title: string,
  request: ExportDocumentRequest,
  day: string,
  company: string | null = null,
): string {
  if (request.kind === 'cover-letter') return coverLetterName(title, company);
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'target';
  const name =
    request.kind === 'json-resume'
      ? `throughline-resume-${slug}`
      : request.kind === 'calendar'
        ? `throughline-plan-${slug}`
        : `throughline-${slug}-${REPORT_FILE_WORDS[request.report]}`;
  return `${name}-${day}.${extensionOf(request.kind)}`;
}

/**
 * A report (PDF or Markdown, for a recruiter or the person's own review) or a JSON Resume for one
 * target, written where the user chooses.
 */
export function createExportHandlers(services: ExportServices) {
  const write = services.write ?? ((file, data) => writeFile(file, data));
  return async (request: ExportDocumentRequest) => {
    const { targetId } = request;
    const { profile, analysis, now } = await services.reading(targetId);
    const target = profile.targets.find((candidate) => candidate.id === targetId);
    if (target === undefined) throw new AppError('NOT_FOUND', 'That target role is not in your profile any more.');
    if (request.kind === 'cover-letter' && target.posting === null) {
      throw new AppError(
        'INVALID_REQUEST',
        `“${target.title}” was not made from a job posting, so there is no posting to write a cover letter for. Make a target from the posting first.`,
      );
    }
    const company = target.posting?.company ?? null;
    const file = await services.chooseDocumentFile(suggestedName(target.title, request, now, company), request.kind);
    if (file === null) return { status: 'cancelled' as const };
    if (request.kind === 'cover-letter') {
      await write(file, buildCoverLetter(profile, analysis, targetId, now).markdown);
    } else if (request.kind === 'calendar') {
      await write(file, planCalendar(profile).text);
    } else if (request.kind === 'json-resume') {
      const curated = analysis.curated.map((entry) => entry.certificateId);
      // A resume for a target made from a posting leads with the work that shows the posting's skills.
      const resume = toJsonResume(profile, { targetId, curated, skillEvidence: analysis.skillEvidence });
      await write(file, `${JSON.stringify(resume, null, 2)}\n`);
    } else {
      const model = buildReportModel(profile, analysis, targetId, now, request.report);
      await write(
        file,
        request.kind === 'pdf' ? await services.printPdf(renderReportHtml(model)) : renderReportMarkdown(model),
      );
    }
    return { status: 'saved' as const, file };
  };
}
