/** The app mark: three milestones joined by one line, the same drawing as the app icon. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="brand-mark__tile" />
      <path d="M6 21 C 11 21, 12 11, 16 11 S 21 21, 26 11" className="brand-mark__line" />
      <circle cx="6" cy="21" r="2.6" className="brand-mark__dot" />
      <circle cx="16" cy="11" r="2.6" className="brand-mark__dot" />
      <circle cx="26" cy="11" r="2.6" className="brand-mark__dot brand-mark__dot--target" />
    </svg>
  );
}
