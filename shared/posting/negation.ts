/**
 * Whether a skill named at [start, end) is named to say it is not needed: "no coding required",
 * "you don't need a degree", "no prior experience with Excel needed", "Python is not required".
 * Only the clause the skill is in counts, so "You don't need a degree, but SQL is essential" still
 * asks for SQL.
 */

/**
 * Where a clause ends: sentence ends, semicolons, commas and dashes, "but", and the words that
 * make an exception to a negation ("no coding is required beyond basic HTML" asks for HTML).
 */
const CLAUSE_END = /[.!?;,:()\n\r–—]|\s-\s|\bbut\b|\bhowever\b|\bbeyond\b|\bother than\b|\bexcept\b|\bapart from\b/gi;
/** Said before the skill. */
const NEGATION_BEFORE =
  /\b(no|not|without|never|don'?t|do not|doesn'?t|does not|needn'?t|need not|won'?t need|isn'?t|aren'?t)\b(?!\s+(only|just|later|less|more)\b)/i;
/** Said after it. */
const NEGATION_AFTER =
  /^[^]*?\b(not|isn'?t|aren'?t|is not|are not)\s+(required|needed|necessary|essential|expected|a requirement|mandatory)\b/i;

function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = 0;
  for (const found of text.slice(Math.max(0, start - 300), start).matchAll(CLAUSE_END))
    from = Math.max(0, start - 300) + found.index + found[0].length;
  const tail = text.slice(end, end + 300);
  CLAUSE_END.lastIndex = 0;
  const stop = tail.search(CLAUSE_END);
  return { before: text.slice(from, start), after: stop === -1 ? tail : tail.slice(0, stop) };
}

/** "No coding required": the name itself opens with the "no". */
const NO_NAME_NEEDED =
  /^\s*(?:experience\s+|knowledge\s+|skills?\s+)?(?:is\s+|are\s+)?(?:required|needed|necessary|expected)\b/i;

export function isNegated(text: string, start: number, end: number): boolean {
  const { before, after } = clauseAround(text, start, end);
  const curly = (part: string) => part.replace(/[’‘]/g, "'");
  if (/^no\b/i.test(text.slice(start, end)) && NO_NAME_NEEDED.test(after)) return true;
  return NEGATION_BEFORE.test(curly(before)) || NEGATION_AFTER.test(curly(after));
}
