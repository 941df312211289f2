import { useEffect, useId, useState } from 'react';
import { bridge } from '../ipc/client';

export interface ConceptOption {
  conceptId: string | null;
  label: string;
  /** The alternative name that matched, shown so the user sees why it was offered. */
  matched: string | null;
}

/**
 * A text field that offers skills or occupations from the bundled taxonomy as the user types
 * (the ARIA combobox pattern: arrows move, Enter picks, Escape closes). With `allowFree`, Enter
 * on text that matches nothing keeps it as a free label.
 */
export function ConceptCombobox(props: {
  label: string;
  kind: 'skill' | 'occupation';
  placeholder?: string;
  allowFree?: boolean;
  onPick: (option: ConceptOption) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<ConceptOption[]>([]);
  const [active, setActive] = useState(-1);
  const open = options.length > 0;

  useEffect(() => {
    let current = true;
    const query = text.trim();
    if (query.length < 2) return;
    void bridge()
      .searchTaxonomy({ query, kind: props.kind, limit: 8 })
      .then((result) => {
        if (!current || !result.ok) return;
        setOptions(
          result.value.results.map((hit) => ({ conceptId: hit.conceptId, label: hit.label, matched: hit.matched })),
        );
        setActive(-1);
      });
    return () => {
      current = false;
    };
  }, [text, props.kind]);

  const pick = (option: ConceptOption) => {
    props.onPick(option);
    setText('');
    setOptions([]);
    setActive(-1);
  };

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className="field__label">
        {props.label}
      </label>
      <input
        id={`${id}-input`}
        className="field__input"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        placeholder={props.placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim().length < 2) setOptions([]);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && open) {
            event.preventDefault();
            setActive((index) => Math.min(options.length - 1, index + 1));
          } else if (event.key === 'ArrowUp' && open) {
            event.preventDefault();
            setActive((index) => Math.max(0, index - 1));
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            setOptions([]);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            // With free labels allowed, Enter keeps the text unless a suggestion is chosen or is exactly what was typed.
            const typed = text.trim().toLowerCase();
            const first = options[0];
            const exactFirst =
              first !== undefined && [first.label, first.matched].some((name) => name?.toLowerCase() === typed);
            const chosen = options[active] ?? (props.allowFree !== true || exactFirst ? first : undefined);
            if (chosen !== undefined) pick(chosen);
            else if (props.allowFree === true && typed !== '')
              pick({ conceptId: null, label: text.trim(), matched: null });
          }
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={`${props.label} suggestions`}
        className="combobox__list"
        hidden={!open}
      >
        {options.map((option, index) => (
          <li
            key={option.conceptId ?? option.label}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
            onMouseDown={(event) => {
              // Keeps focus in the field so the pick does not race a blur.
              event.preventDefault();
              pick(option);
            }}
          >
            {option.label}
            {option.matched !== null && <span className="muted"> — {option.matched}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
