import type { Certificate } from '../../../shared/domain/profile';
import type { LensResult } from '../../../shared/lens/result';
import { formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';
import type { Selection } from '../shell/selection';
import { EntityLink } from './entities';
import './target-view.css';

/**
 * The few certificates to show first for a target, each with the lens's reason and, where the
 * certificate was applied, its interview story; the rest summarised as background.
 */
export function CuratedList(props: {
  analysis: Pick<LensResult, 'curated' | 'background' | 'stories'>;
  certificates: readonly Certificate[];
  selection: Selection;
  onSelect: (selection: Selection) => void;
}) {
  const { analysis } = props;
  const byId = new Map(props.certificates.map((certificate) => [certificate.id, certificate]));
  const stories = new Map(analysis.stories.map((story) => [story.certificateId, story.line]));
  const background = analysis.background.flatMap((id) => byId.get(id) ?? []);

  return (
    <div className="curated">
      {analysis.curated.length === 0 ? (
        <p className="muted">{text.targets.curatedEmpty}</p>
      ) : (
        <ol className="curated__list">
          {analysis.curated.map((entry, index) => {
            const certificate = byId.get(entry.certificateId);
            if (certificate === undefined) return null;
            const story = stories.get(certificate.id);
            return (
              <li key={certificate.id} className="curated__item">
                <span className="curated__rank" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="curated__body">
                  <EntityLink
                    kind="certificate"
                    id={certificate.id}
                    title={certificate.title}
                    selection={props.selection}
                    onSelect={props.onSelect}
                    className="curated__title"
                  />
                  <p className="curated__meta">
                    {[
                      certificate.provider,
                      certificate.issued === null ? null : text.targets.issued(formatPartialDate(certificate.issued)),
                    ]
                      .filter((part) => part !== null && part !== '')
                      .join(' · ')}
                  </p>
                  <p className="curated__reason">{entry.reason}</p>
                  {story !== undefined && (
                    <p className="curated__story">
                      <span className="curated__story-label">{text.targets.storyLabel}</span> {story}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {background.length > 0 && (
        <details className="curated__background">
          <summary>{text.targets.background(background.length)}</summary>
          <p className="muted curated__background-lead">{text.targets.backgroundLead}</p>
          <ul className="curated__background-list">
            {background.map((certificate) => (
              <li key={certificate.id}>
                <EntityLink
                  kind="certificate"
                  id={certificate.id}
                  title={certificate.title}
                  selection={props.selection}
                  onSelect={props.onSelect}
                />
                {certificate.issued !== null && (
                  <span className="muted"> · {formatPartialDate(certificate.issued)}</span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
