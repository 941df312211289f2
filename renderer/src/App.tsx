import { useCallback, useState } from 'react';
import { text } from './i18n/text';
import { AboutDialog } from './shell/AboutDialog';
import { LensActionsContext } from './actions/lens-actions';
import { PlanActionsContext } from './plan/plan-actions';
import { usePlanActions } from './plan/usePlanActions';
import { UpcomingPanel } from './plan/UpcomingPanel';
import { useLensActionHandler } from './actions/useLensActionHandler';
import { CatalogueDialog } from './actions/CatalogueDialog';
import { UseSkillDialog } from './actions/UseSkillDialog';
import { AddEntryMenu } from './editor/AddEntryMenu';
import { EntryFormDialog } from './editor/EntryFormDialog';
import { PersonDialog } from './editor/PersonForm';
import { BackupsDialog } from './profile/BackupsDialog';
import { ExportDialog } from './export/ExportDialog';
import { ImportDialog } from './import/ImportDialog';
import { useImportFlow } from './import/useImportFlow';
import { useFileDrop } from './import/useFileDrop';
import { useMenuCommand } from './profile/useMenuCommand';
import { useProfile } from './profile/useProfile';
import { shownOf } from './profile/edit-state';
import { useUndoRedo } from './profile/useUndoRedo';
import { UndoNotice } from './profile/UndoNotice';
import { AppHeader } from './shell/AppHeader';
import { ErrorBanner } from './shell/ErrorBanner';
import { SampleBanner } from './shell/SampleBanner';
import { hasSample } from '../../shared/sample/sample-profile';
import { StoreNotices } from './shell/StoreNotices';
import { SidePanel } from './shell/SidePanel';
import { useStableHandler } from './shell/useStableHandler';
import { createKindsTracker } from './shell/entity-kinds';
import { TargetsDialog } from './targets/TargetsDialog';
import { TimelineArea, type RevealRequest } from './timeline/TimelineArea';
import type { Selection } from './shell/selection';
import type { Finding } from '../../shared/lens/result';
import { activeTarget } from '../../shared/domain/entries';
import { refKey } from '../../shared/domain/refs';
import { TARGET_VIEW_HEADING_ID, TargetView } from './targets/TargetView';
import { ViewSwitch, type AppView } from './targets/ViewSwitch';

type OpenDialog = 'about' | 'backups' | 'targets' | 'import' | 'export' | 'person' | null;

export function App() {
  const { state: edit, update } = useProfile();
  // The document and its history labels once opened.
  const state = edit.profile;
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [screen, setScreen] = useState<AppView>('timeline');
  const [selection, setSelection] = useState<Selection>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const undoRedo = useUndoRedo(update, state, edit.revision);
  const imports = useImportFlow(update);
  const { start: startImport } = imports;
  const ready = edit.status === 'ready';
  const openImport = useCallback(() => setDialog('import'), []);
  useMenuCommand('import', openImport, ready);
  const openExport = useCallback(() => setDialog('export'), []);
  useMenuCommand('export', openExport, ready);
  const openPerson = useCallback(() => setDialog('person'), []);
  useMenuCommand('person', openPerson, ready);
  const dropping = useFileDrop(
    useCallback(
      (file: File) => {
        setDialog('import');
        void startImport({ kind: 'dropped', file });
      },
      [startImport],
    ),
    ready,
  );
  const activeTitle = state === null ? null : (activeTarget(state.profile)?.title ?? null);
  const { findings } = edit;
  const shown = shownOf(edit);
  const [kindsOf] = useState(createKindsTracker);
  const kinds = kindsOf(state?.profile);
  const revealSubject = useCallback(
    (subject: { kind: 'period'; from: string; to: string } | { kind: 'entity'; key: string }) =>
      setReveal((last) => ({ ...subject, nonce: (last?.nonce ?? 0) + 1 })),
    [],
  );
  const lens = useLensActionHandler({ update, select: setSelection, showScreen: setScreen, reveal: revealSubject });
  const planActions = usePlanActions(state?.profile ?? null, update);
  const revealFinding = (finding: Pick<Finding, 'subject'>) => {
    const subject = finding.subject;
    if (subject === null || state === null) return;
    const nonce = (reveal?.nonce ?? 0) + 1;
    setScreen('timeline');
    if (typeof subject !== 'string') {
      // A period is a subject too: selected, so the side panel asks what happened then.
      setSelection({ kind: 'period', from: subject.from, to: subject.to });
      setReveal({ kind: 'period', from: subject.from, to: subject.to, nonce });
      return;
    }
    const kind = kinds.get(subject);
    if (kind === undefined) return;
    setSelection({ kind, id: subject });
    setReveal({ kind: 'entity', key: refKey({ kind, id: subject }), nonce });
  };
  // One identity for the window's life, so the findings cards an edit did not touch are not redrawn.
  const dismissFinding = useStableHandler((key: string, reason: string) => {
    void update((api) =>
      api.executeCommand({
        command: { type: 'finding.dismiss', finding: { key, reason, at: new Date().toISOString() } },
      }),
    );
  });
  const restoreFinding = useStableHandler((key: string) => {
    void update((api) => api.executeCommand({ command: { type: 'finding.restore', key } }));
  });
  // Asked while the cards render, so it follows `kinds`, which moves only when an entry comes or goes.
  const canReveal = useCallback(
    (finding: Pick<Finding, 'subject'>) =>
      finding.subject !== null && (typeof finding.subject !== 'string' || kinds.has(finding.subject)),
    [kinds],
  );
  const onReveal = useStableHandler(revealFinding);
  const hasEntries =
    state !== null &&
    state.profile.roles.length + state.profile.projects.length + state.profile.certificates.length > 0;

  return (
    <LensActionsContext.Provider value={lens.actions}>
      <PlanActionsContext.Provider value={planActions}>
        <div className="app-shell">
          <AppHeader
            activeTargetTitle={activeTitle}
            revision={edit.revision}
            save={edit.status === 'loading' ? 'loading' : edit.status === 'failed' ? 'unavailable' : edit.saveState}
            onShowAbout={() => setDialog('about')}
            onShowBackups={ready ? () => setDialog('backups') : null}
            onShowImport={ready ? openImport : null}
            onShowExport={ready ? openExport : null}
            onShowTargets={ready ? () => setDialog('targets') : null}
            person={ready && state !== null ? { name: state.profile.person.name, onShow: openPerson } : null}
          >
            <ViewSwitch view={screen} onChange={setScreen} />
          </AppHeader>
          {edit.status === 'failed' && edit.error !== null && (
            <ErrorBanner title={text.shell.errors.notOpened} message={edit.error.message} />
          )}
          {ready && edit.saveState.state === 'failed' && (
            <ErrorBanner title={text.shell.errors.notSaved} message={edit.saveState.message} />
          )}
          {ready && edit.error !== null && (
            <ErrorBanner title={text.shell.errors.failed} message={edit.error.message} />
          )}
          {state !== null && hasSample(state.profile) && (
            <SampleBanner onRemove={() => void update((api) => api.removeSampleProfile())} />
          )}
          {state !== null && (
            <StoreNotices notices={state.notices} onDismiss={(id) => void update((api) => api.dismissNotice({ id }))} />
          )}
          {ready && <UpcomingPanel revision={edit.revision} />}
          <UndoNotice {...undoRedo} />
          <div className="app-body">
            <main
              id="timeline-view"
              className="timeline-region"
              aria-labelledby="timeline-heading"
              tabIndex={0}
              hidden={screen === 'target' && state !== null}
            >
              <TimelineArea
                profile={shown?.profile ?? null}
                findings={shown?.findings ?? null}
                revision={shown?.revision ?? null}
                selection={selection}
                reveal={reveal}
                onSelect={setSelection}
                actions={
                  state !== null && <AddEntryMenu profile={state.profile} update={update} onSaved={setSelection} />
                }
                onTrySample={() => void update((api) => api.loadSampleProfile())}
                onImportHistory={openImport}
                onImport={() =>
                  void update(async (api) => {
                    const result = await api.importProfile();
                    if (!result.ok) return result;
                    return result.value.status === 'imported'
                      ? { ok: true, value: result.value.state }
                      : api.getProfile();
                  })
                }
              />
            </main>
            <main
              id="target-view"
              className="timeline-region"
              aria-labelledby={TARGET_VIEW_HEADING_ID}
              tabIndex={0}
              hidden={screen !== 'target' || state === null}
            >
              {screen === 'target' && state !== null && (
                <TargetView
                  profile={state.profile}
                  revision={edit.revision}
                  update={update}
                  selection={selection}
                  onSelect={setSelection}
                  onManageTargets={() => setDialog('targets')}
                  findings={findings.status === 'ready' ? findings.findings : null}
                />
              )}
            </main>
            <SidePanel
              hasEntries={hasEntries}
              profile={state?.profile ?? null}
              selection={selection}
              update={update}
              onSelect={setSelection}
              findings={findings.status === 'ready' ? findings.findings : null}
              nextSteps={findings.status === 'ready' ? findings.nextSteps : []}
              findingsRevision={findings.status === 'ready' ? findings.version : null}
              failure={findings.status === 'failed' ? findings.error.message : null}
              onDismiss={dismissFinding}
              canReveal={canReveal}
              onReveal={onReveal}
              onRestore={restoreFinding}
            />
          </div>
          <AboutDialog open={dialog === 'about'} onClose={() => setDialog(null)} />
          <ImportDialog
            open={dialog === 'import'}
            flow={imports.flow}
            onStart={(source) => void imports.start(source)}
            onCancelReading={imports.cancelReading}
            onToggle={imports.toggle}
            onTitle={imports.setTitle}
            onApply={() => void imports.apply()}
            onReset={imports.reset}
            onClose={() => setDialog(null)}
          />
          {dropping && (
            <div className="drop-overlay" aria-hidden="true">
              {text.importer.dropHere}
            </div>
          )}
          <BackupsDialog open={dialog === 'backups'} onClose={() => setDialog(null)} update={update} />
          {state !== null && (
            <ExportDialog
              open={dialog === 'export'}
              onClose={() => setDialog(null)}
              targets={state.profile.targets}
              activeTargetId={state.profile.activeTargetId}
            />
          )}
          {state !== null && (
            <EntryFormDialog
              target={lens.entryForm}
              profile={state.profile}
              update={update}
              onClose={lens.closeEntryForm}
              onSaved={setSelection}
            />
          )}
          {state !== null && (
            <UseSkillDialog
              skill={lens.skillDialog?.kind === 'use' ? lens.skillDialog.skill : null}
              profile={state.profile}
              update={update}
              onClose={lens.closeSkillDialog}
              onDone={setSelection}
            />
          )}
          <CatalogueDialog
            skill={lens.skillDialog?.kind === 'catalogue' ? lens.skillDialog.skill : null}
            onClose={lens.closeSkillDialog}
          />
          {state !== null && (
            <PersonDialog
              open={dialog === 'person'}
              profile={state.profile}
              update={update}
              onClose={() => setDialog(null)}
            />
          )}
          {state !== null && (
            <TargetsDialog
              open={dialog === 'targets'}
              onClose={() => setDialog(null)}
              profile={state.profile}
              update={update}
            />
          )}
        </div>
      </PlanActionsContext.Provider>
    </LensActionsContext.Provider>
  );
}
