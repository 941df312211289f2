/**
 * A button's short visible word, with an accessible name that also says which skill it acts on
 * ("Remove: SQL"). The name is one string, so no stray space is read into it.
 */
export function named(action: string, skill: string) {
  return (
    <>
      <span aria-hidden="true">{action}</span>
      <span className="visually-hidden">{`${action}: ${skill}`}</span>
    </>
  );
}
