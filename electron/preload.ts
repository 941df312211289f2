import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../shared/ipc/bridge-key';
import type { Channel, RequestOf, ResponseOf, ThroughlineApi } from '../shared/ipc/contract';
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
  dismissNotice: (request) => invoke('profile.dismissNotice', request),
  loadSampleProfile: (request = {}) => invoke('profile.loadSample', request),
  removeSampleProfile: (request = {}) => invoke('profile.removeSample', request),
  exportProfile: (request = {}) => invoke('profile.export', request),
  importProfile: (request = {}) => invoke('profile.import', request),
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
  searchProviders: (request) => invoke('taxonomy.providers', request),
  analyzeProfile: (request = {}) => invoke('lens.analyze', request),
} satisfies ThroughlineApi;

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
