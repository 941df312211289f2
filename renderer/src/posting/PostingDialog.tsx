import { useState } from 'react';
import type { PostingExtraction, PostingSource } from '../../../shared/posting/posting';
import { text } from '../i18n/text';
import type { ProfileUpdate } from '../profile/useProfile';
import { Dialog } from '../shell/Dialog';
import { PostingPreview } from './PostingPreview';
import { PostingTextForm } from './PostingTextForm';
import './posting.css';

/** What the text step hands the preview: the text as read, where it came from, and the reading. */
export interface ReadPosting {
  text: string;
  origin: PostingSource['origin'];
  extraction: PostingExtraction;
}

/**
 * A target from a job posting, in two steps: the posting's text (pasted or opened), then a
 * preview of how it was read, corrected and saved. Going back to the text keeps it as typed.
 */
export function PostingDialog(props: {
  open: boolean;
  onClose: () => void;
  /** Called once the target is saved and made active. */
  onSaved: (targetId: string) => void;
  update: ProfileUpdate;
}) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={text.posting.dialogTitle} wide closeButton={false}>
      <PostingFlow {...props} />
    </Dialog>
  );
}

function PostingFlow(props: { onClose: () => void; onSaved: (targetId: string) => void; update: ProfileUpdate }) {
  const [draftText, setDraftText] = useState<{ text: string; origin: PostingSource['origin'] }>({
    text: '',
    origin: { kind: 'pasted' },
  });
  const [read, setRead] = useState<ReadPosting | null>(null);

  return (
    <div className={read === null ? 'posting posting--text' : 'posting posting--preview'}>
      {read === null ? (
        <PostingTextForm value={draftText} onChange={setDraftText} onRead={setRead} onCancel={props.onClose} />
      ) : (
        <PostingPreview
          read={read}
          update={props.update}
          onBack={() => setRead(null)}
          onCancel={props.onClose}
          onSaved={props.onSaved}
        />
      )}
    </div>
  );
}
