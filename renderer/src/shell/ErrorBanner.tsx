/** A failed action or an unopenable profile, said plainly; what was kept is in the message. */
export function ErrorBanner(props: { title: string; message: string; onDismiss?: () => void }) {
  return (
    <div className="store-problem" role="alert">
      <p className="notice__text">
        <strong>{props.title}</strong> {props.message}
      </p>
      {props.onDismiss !== undefined && (
        <button type="button" className="button button--quiet" onClick={props.onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
