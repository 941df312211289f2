import { useCallback } from 'react';
import type { ConceptKind } from '../../../shared/taxonomy/search-index';
import { ask } from '../ipc/client';
import { Combobox } from './Combobox';

export interface ConceptOption {
  conceptId: string | null;
  label: string;
  /** The alternative name that matched, shown so the user sees why it was offered. */
  matched: string | null;
}

type ConceptChoice = ConceptOption & { key: string; detail: string | null };

/**
 * A text field that offers skills or occupations from the bundled taxonomy as the user types.
 * With `allowFree`, Enter on text that matches nothing keeps it as a free label.
 */
export function ConceptCombobox(props: {
  label: string;
  kind: ConceptKind;
  placeholder?: string;
  allowFree?: boolean;
  onPick: (option: ConceptOption) => void;
}) {
  const { kind, onPick } = props;
  const search = useCallback(
    async (query: string): Promise<ConceptChoice[]> => {
      const result = await ask((api) => api.searchTaxonomy({ query, kind, limit: 8 }));
      if (!result.ok) return [];
      return result.value.results.map((hit) => ({
        key: hit.conceptId,
        conceptId: hit.conceptId,
        label: hit.label,
        matched: hit.matched,
        detail: hit.matched,
      }));
    },
    [kind],
  );
  return (
    <Combobox<ConceptChoice>
      label={props.label}
      placeholder={props.placeholder}
      search={search}
      freeOption={
        props.allowFree === true
          ? (label) => ({ key: `free:${label}`, conceptId: null, label, matched: null, detail: null })
          : undefined
      }
      onPick={(option) => onPick({ conceptId: option.conceptId, label: option.label, matched: option.matched })}
    />
  );
}
