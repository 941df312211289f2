import type { ReactNode } from 'react';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SkillEvidence } from '../../../shared/lens/result';
import { formatNumber } from '../i18n/locale';
import { text } from '../i18n/text';
import { countLevels, type EvidenceLevel } from '../../../shared/lens/evidence-level';
import { IMPORTANCES, LEVELS } from './evidence-levels';
import './target-view.css';

const GROUP_LABEL = { essential: text.targets.essential, optional: text.targets.optional } as const;

/** "Essential: 1 planned only, 3 applied, with evidence. Optional: …": what the bars say, in words. */
function describe(skills: readonly SkillEvidence[]): string {
  return IMPORTANCES.map((importance) => {
    const counts = countLevels(skills, importance);
    const parts = LEVELS.filter((level) => counts[level] > 0).map(
      (level) => `${formatNumber(counts[level])} ${text.targets.level[level].toLowerCase()}`,
    );
    return `${GROUP_LABEL[importance]}: ${parts.length === 0 ? text.targets.noSkills : `${parts.join(', ')}.`}`;
  }).join(' ');
}

/**
 * The target's skills counted by the strongest evidence behind them: one bar for the essential
 * skills, one for the optional, each stacked weakest to strongest. Colours come from CSS
 * variables (light and dark); the chart never animates. Screen readers get the same counts as
 * a sentence, and the skill list beside it names every skill.
 */
export function EvidenceChart(props: {
  title: string;
  skills: readonly SkillEvidence[];
  /** The end of the count axis; two charts side by side share one so that their bars compare. */
  scaleMax?: number;
}) {
  const data = IMPORTANCES.map((importance) => ({
    group: GROUP_LABEL[importance],
    ...countLevels(props.skills, importance),
  }));
  const label = `${text.targets.chartLabel(props.title)}. ${describe(props.skills)}`;
  return (
    <figure className="evidence-chart">
      <div className="evidence-chart__plot" role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height={132}>
          <BarChart
            data={data}
            layout="vertical"
            accessibilityLayer={false}
            margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
            barCategoryGap={14}
          >
            <XAxis
              type="number"
              allowDecimals={false}
              domain={[0, props.scaleMax ?? 'auto']}
              tickFormatter={(value: number) => formatNumber(value)}
              tickLine={false}
              axisLine={false}
              className="evidence-chart__axis"
            />
            <YAxis
              type="category"
              dataKey="group"
              width={84}
              tickLine={false}
              axisLine={false}
              className="evidence-chart__axis"
            />
            {LEVELS.map((level) => (
              <Bar
                key={level}
                dataKey={level}
                name={text.targets.level[level]}
                stackId="evidence"
                className={`evidence-chart__bar evidence-chart__bar--${level}`}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="evidence-chart__caption">
        <EvidenceLegend declared={props.skills.some((skill) => skill.level === 'declared')} />
        <p className="evidence-chart__note">{text.targets.chartDescription}</p>
      </figcaption>
    </figure>
  );
}

/**
 * The evidence levels' colours and names, as every evidence chart keys them; `children` add items
 * of the chart's own. A declared language is keyed only where the chart shows one: most targets
 * name no language.
 */
export function EvidenceLegend(props: { declared: boolean; children?: ReactNode }) {
  return (
    <ul className="evidence-legend">
      {LEVELS.filter((level) => props.declared || level !== 'declared').map((level) => (
        <li key={level} className="evidence-legend__item">
          <LevelSwatch level={level} />
          {text.targets.level[level]}
        </li>
      ))}
      {props.children}
    </ul>
  );
}

export function LevelSwatch(props: { level: EvidenceLevel }) {
  return <span className={`level-swatch level-swatch--${props.level}`} aria-hidden="true" />;
}
