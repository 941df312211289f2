export { readLinkedInCsv, type LinkedInCsvFile, type LinkedInReadOptions } from './read-linkedin-csv';
export { decodeUtf8 } from './decode-utf8';
export { LINKEDIN_FILES, linkedInFileSpec } from './files';
export { baseName } from '../json-resume/entry-builder';
