/**
 * The app's light-theme colours (renderer/src/styles/app.css), chosen so each lane also differs
 * in shape and fill when printed in black and white: solid bars, tinted outlined bars, dots.
 */
export const REPORT_PALETTE = {
  text: '#1d1f23',
  muted: '#565b64',
  border: '#dcd8cf',
  grid: '#e7e4dd',
  band: '#f7f6f3',
  paper: '#ffffff',
  desk: '#efede8',
  accent: '#2f5d8a',
  accentSoft: '#e3ecf5',
  target: '#b4541a',
  role: '#2f5d8a',
  project: '#3d7a5a',
  projectFill: '#d6e8dd',
  learning: '#8a5a9e',
  link: '#6b7079',
  severity: { warning: '#b4541a', suggestion: '#2f5d8a', info: '#5f646c' },
} as const;

export const REPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";
