export { readLinkedInCsv, type LinkedInCsvFile, type LinkedInReadOptions } from './read-linkedin-csv';
export { decodeUtf8 } from './decode-utf8';
export { baseNameOf, LINKEDIN_FILES, linkedInFileSpec } from './files';
