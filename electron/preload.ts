import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../shared/ipc/bridge-key';
import type { Channel, RequestOf, ResponseOf } from '../shared/ipc/contract';
import { isMenuCommand, MENU_COMMAND_CHANNEL, SAVE_REPORT_CHANNEL, type ThroughlineBridge } from '../shared/ipc/events';
import type { IpcResult } from '../shared/ipc/result';

/** Only the channels named below are reachable; the renderer never sees ipcRenderer itself. */
function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResult<ResponseOf<C>>>;
}

const api = {
  getAppInfo: (request = {}) => invoke('app.info', request),
  getProfile: (request = {}) => invoke('profile.get', request),
  executeCommand: (request) => invoke('profile.execute', request),
  undo: (request = {}) => invoke('profile.undo', request),
  redo: (request = {}) => invoke('profile.redo', request),
  readFindings: (request = {}) => invoke('lens.findings', request),
  dismissNotice: (request) => invoke('profile.dismissNotice', request),
  loadSampleProfile: (request = {}) => invoke('profile.loadSample', request),
  removeSampleProfile: (request = {}) => invoke('profile.removeSample', request),
  exportProfile: (request = {}) => invoke('profile.export', request),
  importProfile: (request = {}) => invoke('profile.import', request),
  chooseImportSource: (request = {}) => invoke('import.choose', request),
  previewDroppedFile: (request) => invoke('import.previewDropped', request),
  cancelImport: (request = {}) => invoke('import.cancel', request),
  getImportProgress: (request = {}) => invoke('import.progress', request),
  applyImport: (request) => invoke('import.apply', request),
  discardImport: (request) => invoke('import.discard', request),
  exportDocument: (request) => invoke('export.document', request),
  listBackups: (request = {}) => invoke('backups.list', request),
  restoreBackup: (request) => invoke('backups.restore', request),
  revealBackups: (request = {}) => invoke('backups.reveal', request),
  searchTaxonomy: (request) => invoke('taxonomy.search', request),
  resolveLabel: (request) => invoke('taxonomy.resolve', request),
  describeSkill: (request) => invoke('taxonomy.skill', request),
  describeOccupation: (request) => invoke('taxonomy.occupation', request),
  draftTargetFromOccupation: (request) => invoke('taxonomy.targetDraft', request),
  paceOfSkills: (request) => invoke('taxonomy.pace', request),
  searchCatalogue: (request) => invoke('taxonomy.catalogue', request),
  certificatesForSkill: (request) => invoke('taxonomy.certificatesForSkill', request),
  searchProviders: (request) => invoke('taxonomy.providers', request),
  analyzeProfile: (request = {}) => invoke('lens.analyze', request),
  readReadiness: (request = {}) => invoke('plan.readiness', request),
  readUpcoming: (request = {}) => invoke('plan.upcoming', request),
  setReminderSettings: (request = {}) => invoke('plan.reminderSettings', request),
  extractPosting: (request) => invoke('posting.extract', request),
  openPosting: (request = {}) => invoke('posting.open', request),
  readPostingFit: (request = {}) => invoke('posting.fit', request),
  onMenuCommand: (listener) => {
    // Only the known menu commands get through; the listener never sees the IPC event itself.
    const forward = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  },
  onSaveReport: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, report: unknown) => listener(report);
    ipcRenderer.on(SAVE_REPORT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(SAVE_REPORT_CHANNEL, forward);
  },
} satisfies ThroughlineBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
