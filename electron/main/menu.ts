import type { MenuItemConstructorOptions } from 'electron';
import type { UndoRedoCommand } from '../../shared/ipc/events';

/** Named by the import CLI too, which sends imports that change the profile to this menu item. */
export const MENU_LABELS = { file: 'File', importHistory: 'Import CV, LinkedIn Export or Badges…' } as const;

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  isDevelopment: boolean;
  onShowAbout: () => void;
  onOpenDataFolder: () => void;
  /** Undo and Redo go to the window, which undoes text in a field or else the last profile edit. */
  onUndoRedo: (command: UndoRedoCommand) => void;
  onImport: () => void;
  onExport: () => void;
  /** The person's own details (name, contact), which a resume export heads with. */
  onEditPerson: () => void;
}

/**
 * The standard menu: roles give the platform's own labels and shortcuts (Ctrl/Cmd+Z, X, C, V, A),
 * which also make the edit shortcuts work inside text fields on macOS.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: options.onShowAbout };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: `&${MENU_LABELS.file}`,
      submenu: [
        { label: MENU_LABELS.importHistory, accelerator: 'CmdOrCtrl+I', click: options.onImport },
        { label: 'Export Report or Resume…', accelerator: 'CmdOrCtrl+E', click: options.onExport },
        { type: 'separator' },
        { label: 'Your Details…', click: options.onEditPerson },
        { type: 'separator' },
        { label: 'Open Data Folder', click: options.onOpenDataFolder },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => options.onUndoRedo('undo') },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => options.onUndoRedo('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(options.isDevelopment
          ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    // macOS keeps About in the application menu; elsewhere it lives under Help.
    ...(isMac ? [] : [{ role: 'help', submenu: [about] } satisfies MenuItemConstructorOptions]),
  ];
}
