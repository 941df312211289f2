import { z } from 'zod';

/** Every way an IPC call can fail, as the renderer sees it. */
export const IpcErrorCodeSchema = z.enum([
  'FORBIDDEN_SENDER',
  'PAYLOAD_TOO_LARGE',
  'INVALID_REQUEST',
  'UNKNOWN_CHANNEL',
  'STORE_UNAVAILABLE',
  'STORE_LOCKED',
  'STORE_WRITE_FAILED',
  'COMMAND_REJECTED',
  'NOTHING_TO_UNDO',
  'NOT_FOUND',
  'IMPORT_REFUSED',
  /** The user stopped reading a file; nothing changed, and nothing needs saying. */
  'IMPORT_CANCELLED',
  'INTERNAL',
]);
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;

export const IpcErrorSchema = z.object({ code: IpcErrorCodeSchema, message: z.string() }).strict();
export type IpcError = z.infer<typeof IpcErrorSchema>;

/** The envelope every handler answers with; IPC never carries a thrown error. */
export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }).strict(),
    z.object({ ok: z.literal(false), error: IpcErrorSchema }).strict(),
  ]);
}

/** Inferred from the schema, so the envelope main checks and the one callers read cannot drift apart. */
export type IpcResult<T> = z.infer<ReturnType<typeof ipcResultSchema<z.ZodType<T>>>>;

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
});
