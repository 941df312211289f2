/** "1 role", "3 roles": the catalogue is English, so it counts as the rest of the app does. */
export { count } from '../../../../shared/domain/text';
