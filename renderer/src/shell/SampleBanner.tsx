/** The sample is never mistaken for the user's own story, and goes away in one step (undoable). */
export function SampleBanner(props: { onRemove: () => void }) {
  return (
    <div className="notice notice--sample" role="status">
      <p className="notice__text">
        <strong>This is a sample profile:</strong> Maya, a retail shift supervisor moving into data analysis. Look
        around, then remove it and start on your own.
      </p>
      <button type="button" className="button button--quiet" onClick={props.onRemove}>
        Remove the sample
      </button>
    </div>
  );
}
