import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY } from '../../shared/ipc/bridge-key';
import { ipcContract } from '../../shared/ipc/contract';
import { EVENT_METHODS } from '../../shared/ipc/events';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((channel: string, request: unknown) => Promise.resolve({ ok: true, value: { channel, request } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

describe('the preload bridge', () => {
  beforeAll(async () => {
    await import('../../electron/preload');
  });

  it('exposes one object, under one key', () => {
    expect([...exposed.keys()]).toEqual([BRIDGE_KEY]);
  });

  it('has exactly one method per contract channel and nothing else', () => {
    const api = exposed.get(BRIDGE_KEY) as Record<string, unknown>;
    const expected = Object.values(ipcContract).map((spec) => spec.method);
    expect(Object.keys(api).sort()).toEqual([...expected, ...EVENT_METHODS].sort());
    for (const method of expected) expect(typeof api[method]).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('send');
  });

  it('sends each method on its own channel, with an empty request when none is given', async () => {
    const api = exposed.get(BRIDGE_KEY) as Record<string, (request?: unknown) => Promise<unknown>>;
    for (const [channel, spec] of Object.entries(ipcContract)) {
      const method = api[spec.method];
      if (method === undefined) throw new Error(`missing ${spec.method}`);
      invoke.mockClear();
      const request = { probe: channel };
      await method(request);
      expect(invoke).toHaveBeenCalledWith(channel, request);
      if (spec.request.safeParse({}).success) {
        invoke.mockClear();
        await method();
        expect(invoke).toHaveBeenCalledWith(channel, {});
      }
    }
  });
});
