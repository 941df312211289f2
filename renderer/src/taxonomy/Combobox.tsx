import { useEffect, useId, useRef, useState, type FocusEventHandler, type Ref } from 'react';

export interface ComboboxOption {
  key: string;
  label: string;
  /** Shown after the label, e.g. the synonym that matched or the provider. */
  detail: string | null;
}

/**
 * A text field that offers suggestions as the user types (the ARIA combobox pattern: arrows move,
 * Enter picks, Escape closes). Uncontrolled, the text clears after a pick (add-a-skill fields);
 * controlled through `text`, the field is the value itself and suggestions only help fill it.
 */
export function Combobox<T extends ComboboxOption>({
  inputRef,
  ...props
}: {
  label: string;
  search: (query: string) => Promise<T[]>;
  onPick: (option: T) => void;
  placeholder?: string;
  /** Uncontrolled only: Enter on text no suggestion matches keeps it, as made by this. */
  freeOption?: (text: string) => T;
  text?: string;
  onTextChange?: (text: string) => void;
  inputId?: string;
  inputRef?: Ref<HTMLInputElement>;
  name?: string;
  invalid?: boolean;
  describedBy?: string;
  onBlur?: FocusEventHandler<HTMLInputElement>;
}) {
  const id = useId();
  const inputId = props.inputId ?? `${id}-input`;
  const [ownText, setOwnText] = useState('');
  const controlled = props.text !== undefined;
  const text = props.text ?? ownText;
  const [options, setOptions] = useState<T[]>([]);
  const [active, setActive] = useState(-1);
  const ticket = useRef(0);
  const list = useRef<HTMLUListElement>(null);
  const open = options.length > 0;

  // Suggestions below the fold of a scrolling dialog would be typed into blind.
  useEffect(() => {
    if (open) list.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);

  const close = () => {
    ticket.current += 1;
    setOptions([]);
    setActive(-1);
  };

  const typed = (value: string) => {
    if (controlled) props.onTextChange?.(value);
    else setOwnText(value);
    const query = value.trim();
    ticket.current += 1;
    const mine = ticket.current;
    if (query.length < 2) {
      setOptions([]);
      return;
    }
    void props.search(query).then((found) => {
      if (mine !== ticket.current) return;
      setOptions(found);
      setActive(-1);
    });
  };

  const pick = (option: T) => {
    props.onPick(option);
    if (!controlled) setOwnText('');
    close();
  };

  return (
    <div className="combobox">
      <label htmlFor={inputId} className="field__label">
        {props.label}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        name={props.name}
        className="field__input"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={props.invalid === true ? true : undefined}
        aria-describedby={props.describedBy}
        autoComplete="off"
        placeholder={props.placeholder}
        value={text}
        onChange={(event) => typed(event.target.value)}
        onBlur={(event) => {
          close();
          props.onBlur?.(event);
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
            close();
          } else if (event.key === 'Enter') {
            const query = text.trim().toLowerCase();
            const first = options[0];
            const exactFirst =
              first !== undefined && [first.label, first.detail].some((name) => name?.toLowerCase() === query);
            if (controlled) {
              // The text is the value: Enter picks a chosen suggestion, closes the list, or submits the form.
              const chosen = options[active] ?? (exactFirst ? first : undefined);
              if (chosen !== undefined) {
                event.preventDefault();
                pick(chosen);
              } else if (open) {
                event.preventDefault();
                close();
              }
              return;
            }
            event.preventDefault();
            // With free labels allowed, Enter keeps the text unless a suggestion is chosen or is exactly what was typed.
            const chosen = options[active] ?? (props.freeOption === undefined || exactFirst ? first : undefined);
            if (chosen !== undefined) pick(chosen);
            else if (props.freeOption !== undefined && query !== '') pick(props.freeOption(text.trim()));
          }
        }}
      />
      <ul
        ref={list}
        id={`${id}-list`}
        role="listbox"
        aria-label={`${props.label} suggestions`}
        className="combobox__list"
        hidden={!open}
      >
        {options.map((option, index) => (
          <li
            key={option.key}
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
            {option.detail !== null && <span className="muted"> — {option.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
