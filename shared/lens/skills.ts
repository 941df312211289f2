import type { SkillRef } from '../domain/profile';
import { textKey } from '../taxonomy/text';
import type { FieldPace } from '../domain/profile';
import type { LensTaxonomy } from './taxonomy-port';

/**
 * Skills as the lens compares them: one key per concept (synonyms and alternative labels resolve
 * to the same ESCO concept), free labels compared by their normalised text, and each concept's
 * close neighbourhood for judging whether learning hangs together. How related two skills are is
 * the taxonomy's graded measure (LensTaxonomy.relatedness), not this.
 */
export function createSkillSpace(taxonomy: LensTaxonomy) {
  let space = spaces.get(taxonomy);
  if (space === undefined) {
    space = buildSkillSpace(taxonomy);
    spaces.set(taxonomy, space);
  }
  return space;
}

// The prefix keeps a free label's key apart from every concept id.
const FREE_PREFIX = 'free:';

/** A skill the taxonomy does not know, keyed by its normalised label. */
function freeKey(label: string): string {
  return `${FREE_PREFIX}${textKey(label)}`;
}

/** Whether a skill key is a free label's: it has no concept, so no broader skills, softness or pace. */
export function isFreeKey(key: string): boolean {
  return key.startsWith(FREE_PREFIX);
}

/**
 * One skill space per taxonomy, kept between analyses: every answer in it depends on the
 * taxonomy alone, so remembering them changes no result and saves re-resolving the same labels.
 */
const spaces = new WeakMap<LensTaxonomy, ReturnType<typeof buildSkillSpace>>();

/** A function of one text, each answer remembered: every answer here depends on the taxonomy alone. */
function byText<Value>(compute: (text: string) => Value): (text: string) => Value {
  const answers = new Map<string, Value>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as Value;
    const answer = compute(text);
    answers.set(text, answer);
    return answer;
  };
}

function buildSkillSpace(taxonomy: LensTaxonomy) {
  // A free label keeps its own script: "项目管理" and "إدارة المشاريع" are two skills, not one.
  const keyOfLabel = byText((label) => taxonomy.resolve(label)?.conceptId ?? freeKey(label));
  const keyOf = (ref: SkillRef): string => ref.conceptId ?? keyOfLabel(ref.label);

  const broader = byText((key): readonly string[] => (isFreeKey(key) ? [] : (taxonomy.skill(key)?.broader ?? [])));

  /**
   * What a concept is close to, for judging whether learning hangs together: itself and its
   * direct parents (skills and the narrow skill groups right above them; a curated tool's
   * closest ESCO concepts and theirs).
   */
  const neighbourhood = byText((key): readonly string[] => {
    const parents = broader(key);
    const viaTool = key.startsWith('sup:') ? parents.flatMap((parent) => broader(parent)) : [];
    return [key, ...parents, ...viaTool];
  });

  const isSoft = byText((key) => !isFreeKey(key) && taxonomy.skill(key)?.soft === true);

  const provider = byText((name): { id: string } | null => taxonomy.resolveProvider(name));

  /** The pace of a course's own field, from its known skills: many courses share a skill list. */
  const paceOfKnown = byText((signature): FieldPace =>
    taxonomy.paceOf(signature === '' ? [] : signature.split('\u0000')),
  );
  const paceOf = (keys: readonly string[]): FieldPace =>
    paceOfKnown(keys.filter((key) => !isFreeKey(key)).join('\u0000'));

  /** How related two concepts are (the taxonomy's measure), remembered: profiles repeat their skills. */
  const relatedPair = byText((pair) => {
    const [a = '', b = ''] = pair.split('\u0000');
    return taxonomy.relatedness(a, b);
  });
  const relatedness = (a: string, b: string): number => relatedPair(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

  /** The occupation a job title names: the same titles come back on every analysis. */
  const occupationForTitle = byText((title) => taxonomy.occupationForTitle(title));

  return { keyOf, neighbourhood, isSoft, provider, paceOf, relatedness, occupationForTitle };
}

export type SkillSpace = ReturnType<typeof buildSkillSpace>;
