import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menuFor(platform: NodeJS.Platform, isDevelopment = false) {
  const onShowAbout = vi.fn();
  const onUndoRedo = vi.fn();
  const onImport = vi.fn();
  const onEditPerson = vi.fn();
  const items = flatten(
    buildMenuTemplate({
      platform,
      appName: 'Throughline',
      isDevelopment,
      onShowAbout,
      onOpenDataFolder: vi.fn(),
      onUndoRedo,
      onImport,
      onExport: vi.fn(),
      onEditPerson,
    }),
  );
  return {
    items,
    onShowAbout,
    onUndoRedo,
    onImport,
    onEditPerson,
    roles: items.map((item) => item.role).filter(Boolean),
  };
}

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has the standard edit roles on %s', (platform) => {
    const { roles } = menuFor(platform);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'windowMenu']));
  });

  it.each(['linux', 'win32', 'darwin'] as const)('offers About Throughline on %s', (platform) => {
    const { items, onShowAbout } = menuFor(platform);
    const about = items.find((item) => item.label === 'About Throughline');
    expect(about).toBeDefined();
    (about?.click as (() => void) | undefined)?.();
    expect(onShowAbout).toHaveBeenCalled();
  });

  it('offers File › Import with Ctrl/Cmd+I', () => {
    const { items, onImport } = menuFor('linux');
    const item = items.find((entry) => entry.label?.startsWith('Import CV'));
    expect(item?.accelerator).toBe('CmdOrCtrl+I');
    (item?.click as (() => void) | undefined)?.();
    expect(onImport).toHaveBeenCalled();
  });

  it('offers File › Your Details, where the name and contact a resume export heads with are kept', () => {
    const { items, onEditPerson } = menuFor('linux');
    const item = items.find((entry) => entry.label === 'Your Details…');
    (item?.click as (() => void) | undefined)?.();
    expect(onEditPerson).toHaveBeenCalled();
  });

  it('uses the macOS app menu with quit there, and File > Quit elsewhere', () => {
    expect(menuFor('darwin').items[0]?.label).toBe('Throughline');
    expect(menuFor('darwin').roles).toEqual(expect.arrayContaining(['quit', 'hide', 'services']));
    expect(menuFor('linux').roles).toContain('quit');
    expect(menuFor('linux').roles).not.toContain('services');
  });

  it('shows developer tools only in development', () => {
    expect(menuFor('linux').roles).not.toContain('toggleDevTools');
    expect(menuFor('linux', true).roles).toContain('toggleDevTools');
  });

  it('sends Undo and Redo, with their usual shortcuts, to the window', () => {
    const { items, onUndoRedo } = menuFor('linux');
    const undo = items.find((item) => item.label === 'Undo');
    const redo = items.find((item) => item.label === 'Redo');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    expect(redo?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    (undo?.click as (() => void) | undefined)?.();
    (redo?.click as (() => void) | undefined)?.();
    expect(onUndoRedo.mock.calls).toEqual([['undo'], ['redo']]);
  });
});
