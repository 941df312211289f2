import { useEffect } from 'react';
import type { FieldValues, Path, UseFormSetFocus } from 'react-hook-form';

/**
 * Focuses, and so scrolls into view, the field a next step names (the expiry date to renew, the
 * description to reword), once the dialog has opened and placed its own focus on the first field.
 */
export function useInitialFocus<Values extends FieldValues>(
  setFocus: UseFormSetFocus<Values>,
  field: Path<Values> | undefined,
): void {
  useEffect(() => {
    if (field === undefined) return;
    const frame = requestAnimationFrame(() => setFocus(field));
    return () => cancelAnimationFrame(frame);
    // Only when the form opens: the user moves on from there.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, []);
}
