export { readLinkedInCsv, type LinkedInReadOptions } from './read-linkedin-csv';
export { decodeUtf8 } from './decode-utf8';
export { specNamed } from './files';
export { recogniseLinkedInText } from './csv-table';
export { baseName } from '../json-resume/entry-builder';
