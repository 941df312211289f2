import type { Finding } from '../../shared/lens/result';

/** A finding that says nothing but its key: for tests of how findings are held, not worded. */
export const findingKeyed = (key: string): Finding => ({
  key,
  code: 'CERT_UNAPPLIED',
  severity: 'warning',
  subject: null,
  message: key,
  why: '',
  action: '',
  dismissed: null,
});
