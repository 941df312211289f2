import { refKey } from '../../../shared/domain/refs';
import type { Finding, Severity } from '../../../shared/lens/result';
import { stepKey, type AwardItem, type BarItem, type MarkerItem, type StepItem, type TimelineModel } from './model';
import type { TooltipSource } from './TimelineTooltip';

/**
 * What the tooltip and "show me" look items up in. Built on the first look-up, not on every edit:
 * on a large profile an edit would otherwise index 1,700 items and every finding for a tooltip
 * nobody may point at before the next edit.
 */
export function tooltipSource(model: TimelineModel, findings: readonly Finding[] | null): TooltipSource {
  let built: ReturnType<typeof index> | null = null;
  const indexed = () => (built ??= index(model, findings));
  return {
    item: (key) => indexed().items.get(key),
    findings: (id) => indexed().bySubject.get(id) ?? [],
    notes: (id) => indexed().notes.get(id) ?? [],
  };
}

function index(model: TimelineModel, findings: readonly Finding[] | null) {
  const items = new Map<string, BarItem | MarkerItem | StepItem | AwardItem>();
  for (const bar of model.bars) items.set(refKey({ kind: bar.kind, id: bar.id }), bar);
  for (const marker of model.markers) items.set(refKey({ kind: 'certificate', id: marker.id }), marker);
  for (const award of model.awards) items.set(refKey({ kind: 'award', id: award.id }), award);
  for (const step of model.steps) items.set(stepKey(step.id), step);
  const bySubject = new Map<string, { message: string; severity: Severity }[]>();
  for (const finding of findings ?? []) {
    if (finding.dismissed !== null || typeof finding.subject !== 'string') continue;
    const entry = { message: finding.message, severity: finding.severity };
    const list = bySubject.get(finding.subject);
    if (list === undefined) bySubject.set(finding.subject, [entry]);
    else list.push(entry);
  }
  const notes = new Map<string, string[]>();
  for (const connector of model.connectors) {
    const list = notes.get(connector.sourceKey);
    if (list === undefined) notes.set(connector.sourceKey, [connector.note]);
    else list.push(connector.note);
  }
  return { items, bySubject, notes };
}
