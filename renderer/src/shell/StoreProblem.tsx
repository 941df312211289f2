/** Says plainly that the profile could not be read, and that nothing on disk was changed. */
export function StoreProblem(props: { message: string }) {
  return (
    <div className="store-problem" role="alert">
      <strong>Your profile could not be opened.</strong> {props.message}
    </div>
  );
}
