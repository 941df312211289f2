export { readLinkedInCsv, type LinkedInCsvFile, type LinkedInReadOptions } from './read-linkedin-csv';
export { decodeUtf8 } from './decode-utf8';
export { LINKEDIN_FILES, recogniseHeader, specNamed } from './files';
export { findHeader, recogniseLinkedInText, MAX_CSV_COLUMNS } from './csv-table';
export { baseName } from '../json-resume/entry-builder';
