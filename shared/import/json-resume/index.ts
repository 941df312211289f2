export { readJsonResume, type JsonResumeReadOptions } from './read-json-resume';
export { EXTENSION_KEY } from './extension';
