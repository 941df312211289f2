export { readJsonResume } from './read-json-resume';
