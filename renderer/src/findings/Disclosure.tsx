import { useState, type ReactNode } from 'react';

/**
 * A collapsed section whose contents are drawn only while it is open: on a large profile the
 * information cards and the dismissed findings run to hundreds, and an edit should not redraw them
 * unseen.
 */
export function Disclosure(props: { summary: string; className: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={props.className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {open && props.children()}
    </details>
  );
}
