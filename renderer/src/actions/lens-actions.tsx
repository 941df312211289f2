import { createContext, useContext } from 'react';
import type { LensAction } from '../../../shared/lens/actions';
import { text } from '../i18n/text';

/** A request to open a certificate's attach form, the places named first; `nonce` repeats it. */
export type AttachRequest = Omit<Extract<LensAction, { type: 'link-certificate' }>, 'type'> & { nonce: number };

/** What the screens can do about a next step or finding, provided once by App. */
export interface LensActions {
  perform: (action: LensAction) => void;
  attach: AttachRequest | null;
}

export const LensActionsContext = createContext<LensActions>({ perform: () => undefined, attach: null });

export const useLensActions = () => useContext(LensActionsContext);

/** The button that does what a next step or a finding asks; nothing when it only informs. */
export function ActionButton(props: { action: LensAction | null; about: string }) {
  const { perform } = useLensActions();
  const { action } = props;
  if (action === null) return null;
  return (
    <button type="button" className="chip-button chip-button--act" onClick={() => perform(action)}>
      {text.actions.button(action)}
      <span className="visually-hidden">: {props.about}</span>
    </button>
  );
}
