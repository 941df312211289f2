import { text } from '../i18n/text';

/** The sample is never mistaken for the user's own story, and goes away in one step (undoable). */
export function SampleBanner(props: { onRemove: () => void }) {
  return (
    <div className="notice notice--sample" role="status">
      <p className="notice__text">
        <strong>{text.shell.sample.lead}</strong> {text.shell.sample.body}
      </p>
      <button type="button" className="button button--quiet" onClick={props.onRemove}>
        {text.shell.sample.remove}
      </button>
    </div>
  );
}
