import { useMemo } from 'react';
import { foldFindings, worthFixing } from '../../../shared/lens/cards';
import type { Finding, NextStep } from '../../../shared/lens/result';
import { text } from '../i18n/text';
import { groupCards } from './card-groups';
import { CardGroupSection } from './CardGroupSection';
import { Disclosure } from './Disclosure';
import { NextStepsList } from './NextStepsList';
import './findings.css';
import type { RevealProps } from './reveal';

const copy = text.findings;

/**
 * What the lens found: the few next steps first, then one card per subject grouped by kind, each
 * group showing its first few. A large profile carries thousands of findings; only the shown
 * cards are drawn, and the collapsed sections draw nothing until opened.
 */
export function FindingsPanel(
  props: RevealProps & {
    findings: readonly Finding[] | null;
    nextSteps: readonly NextStep[];
    revision: number | null;
    failure: string | null;
    onDismiss: (key: string, reason: string) => void;
    onRestore: (key: string) => void;
  },
) {
  const { findings } = props;
  const reading = useMemo(() => {
    const all = findings ?? [];
    const cards = foldFindings(all.filter((finding) => finding.dismissed === null));
    const groups = groupCards(cards);
    return {
      groups,
      worthFixing: worthFixing(cards),
      information: groups.info.reduce((sum, group) => sum + group.cards.length, 0),
      dismissed: all.filter((finding) => finding.dismissed !== null),
    };
  }, [findings]);
  if (props.failure !== null) return <p role="alert">{props.failure}</p>;
  if (findings === null) return <p className="side-panel__empty">{copy.reading}</p>;
  const { groups, dismissed } = reading;
  const reveal = { canReveal: props.canReveal, onReveal: props.onReveal };
  return (
    <div className="findings" data-revision={props.revision ?? undefined}>
      {props.nextSteps.length > 0 && <NextStepsList steps={props.nextSteps} {...reveal} />}
      {groups.worth.length === 0 && groups.info.length === 0 && (
        <p className="side-panel__empty">{copy.nothingStandsOut}</p>
      )}
      {groups.worth.length > 0 && (
        <section className="findings__part" aria-labelledby="findings-worth-heading">
          <h3 id="findings-worth-heading" className="findings__heading findings__heading--warning">
            {copy.worthFixing(reading.worthFixing)}
          </h3>
          {groups.worth.map((group) => (
            <CardGroupSection key={group.code} group={group} onDismiss={props.onDismiss} {...reveal} />
          ))}
        </section>
      )}
      {groups.info.length > 0 && (
        <Disclosure className="findings__info" summary={copy.forYourInformation(reading.information)}>
          {() =>
            groups.info.map((group) => (
              <CardGroupSection key={group.code} group={group} onDismiss={props.onDismiss} {...reveal} />
            ))
          }
        </Disclosure>
      )}
      {dismissed.length > 0 && (
        <Disclosure className="findings__dismissed" summary={copy.dismissed(dismissed.length)}>
          {() => (
            <ul className="findings__list">
              {dismissed.map((finding) => (
                <li key={finding.key} className="finding finding--dismissed">
                  <p className="finding__message">{finding.message}</p>
                  <p className="finding__why">
                    {copy.yourReason} {finding.dismissed?.reason === '' ? copy.noReason : finding.dismissed?.reason}
                  </p>
                  <button type="button" className="chip-button" onClick={() => props.onRestore(finding.key)}>
                    {copy.restore}
                    <span className="visually-hidden">: {finding.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Disclosure>
      )}
    </div>
  );
}
