import type { Taxonomy } from '../taxonomy/taxonomy';
import { createPostingMatcher, type PostingMatcher } from './matcher';
import { isNegated } from './negation';
import type { PostingExtraction, PostingIgnored, PostingSkill } from './posting';
import { placeOf, readStructure, sectionsOf, type PostingLine } from './structure';
import { bareTitle, readTitleAndCompany } from './title';
import { tokenize } from './tokens';

/** What reading a posting needs of the taxonomy. */
export type PostingTaxonomy = Pick<
  Taxonomy,
  'skillPhrases' | 'resolve' | 'skill' | 'occupationForTitle' | 'occupationTiers' | 'roles'
>;

export interface PostingReader {
  /** Reads a posting's text offline: its title and company, the skills it asks for and what it set aside. */
  extract(text: string): PostingExtraction;
}

/**
 * Builds the matcher over every skill name once (a second or so), so that reading a posting
 * afterwards costs a few milliseconds. Keep one reader per taxonomy.
 */
export function createPostingReader(taxonomy: PostingTaxonomy, matcher?: PostingMatcher): PostingReader {
  const phrases = matcher ?? createPostingMatcher(taxonomy);
  const roleTitle = new Map(taxonomy.roles().map((role) => [role.id, role.title]));
  const labelOf = (conceptId: string) => taxonomy.skill(conceptId)?.label ?? conceptId;

  function occupationOf(title: string): PostingExtraction['occupation'] {
    const candidates = [...new Set([title, bareTitle(title)])].filter((candidate) => candidate.trim() !== '');
    for (const candidate of candidates) {
      const found = taxonomy.occupationForTitle(candidate);
      if (found === null) continue;
      return {
        occupationId: found.roleId ?? found.conceptId,
        label: found.roleId === null ? found.label : (roleTitle.get(found.roleId) ?? found.label),
        roleId: found.roleId,
      };
    }
    return null;
  }

  function extract(text: string): PostingExtraction {
    const { title, company, titleLine } = readTitleAndCompany(text);
    const lines = readStructure(text, titleLine);
    const lineAt = lineFinder(lines);
    const skills = new Map<string, PostingSkill>();
    const ignored: PostingIgnored[] = [];
    const linesNaming = new Set<PostingLine>();
    const employer = placesNamed(text, company);
    for (const match of phrases.find(text, tokenize(text))) {
      const line = lineAt(match.start);
      // The employer's name is not an ask, even when a tool shares it ("Ashby & Cole").
      if (line === undefined || employer.some(([start, end]) => match.start < end && match.end > start)) continue;
      linesNaming.add(line);
      const span = { start: match.start, end: match.end, text: text.slice(match.start, match.end) };
      const place = placeOf(line, match.start);
      if (place.kind === 'ignored' || isNegated(text, match.start, match.end)) {
        const why = place.kind === 'ignored' ? place.why : 'negated';
        ignored.push({ ...span, why, conceptId: match.conceptId });
        continue;
      }
      const known = skills.get(match.conceptId);
      if (known === undefined) {
        skills.set(match.conceptId, {
          label: labelOf(match.conceptId),
          conceptId: match.conceptId,
          importance: place.importance,
          spans: [span],
        });
      } else {
        known.spans.push(span);
        // Asked for as essential anywhere, it is essential.
        if (place.importance === 'essential') known.importance = 'essential';
      }
    }
    for (const line of lines) {
      const place = placeOf(line);
      if (place.kind !== 'ignored' || line.heading || linesNaming.has(line) || line.text.trim() === '') continue;
      const lead = line.text.length - line.text.trimStart().length;
      const trimmed = line.text.trim();
      ignored.push({
        text: trimmed,
        why: place.why,
        start: line.start + lead,
        end: line.start + lead + trimmed.length,
        conceptId: null,
      });
    }
    ignored.sort((a, b) => a.start - b.start);

    const occupation = title === '' ? null : occupationOf(title);
    const named = new Set([...skills.keys(), ...ignored.map((entry) => entry.conceptId)]);
    const tiers = occupation === null ? null : taxonomy.occupationTiers(occupation.occupationId);
    const offered =
      tiers?.role == null
        ? []
        : tiers.core.filter((id) => !named.has(id)).map((conceptId) => ({ conceptId, label: labelOf(conceptId) }));

    return {
      title,
      company,
      occupation,
      skills: [...skills.values()],
      ignored,
      offered,
      sections: sectionsOf(lines),
    };
  }

  return { extract };
}

/** Where the text names the company, as [start, end) pairs. */
function placesNamed(text: string, company: string | null): Array<[number, number]> {
  if (company === null || company.length < 2) return [];
  const places: Array<[number, number]> = [];
  for (let at = text.indexOf(company); at !== -1; at = text.indexOf(company, at + company.length))
    places.push([at, at + company.length]);
  return places;
}

/** The line holding an offset, by binary search over the lines in order. */
function lineFinder(lines: readonly PostingLine[]): (offset: number) => PostingLine | undefined {
  return (offset) => {
    let low = 0;
    let high = lines.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const line = lines[middle];
      if (line === undefined) return undefined;
      if (offset < line.start) high = middle - 1;
      else if (offset > line.end) low = middle + 1;
      else return line;
    }
    return undefined;
  };
}
