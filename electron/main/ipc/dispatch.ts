import { z } from 'zod';
import { ipcContract, isChannel, maxBinaryBytesOf, type Channel, type IpcHandlers } from '../../../shared/ipc/contract';
import { checkPayloadLimits, PAYLOAD_LIMITS } from '../../../shared/ipc/payload-limits';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { AppError } from '../app-error';
import type { SenderInfo } from './sender';

const MAX_MESSAGE_LENGTH = 600;

export type Dispatch = (channel: string, sender: SenderInfo, payload: unknown) => Promise<IpcResult<unknown>>;

/**
 * The single gate every IPC call passes: sender, size, schema, then the handler. It never
 * throws, so a bad message can only ever produce a typed rejection.
 */
export function createDispatcher(options: {
  handlers: IpcHandlers;
  isTrustedSender: (sender: SenderInfo) => boolean;
  reportInternalError: (channel: Channel, error: unknown) => void;
}): Dispatch {
  return async (channel, sender, payload) => {
    if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', 'This operation does not exist.');
    if (!options.isTrustedSender(sender)) {
      return fail('FORBIDDEN_SENDER', 'Only the Throughline window itself may make this request.');
    }
    const limits = checkPayloadLimits(payload, { ...PAYLOAD_LIMITS, maxBinaryBytes: maxBinaryBytesOf(channel) });
    if (!limits.ok && limits.reason === 'unsupported-value') {
      return fail(
        'INVALID_REQUEST',
        'The request holds something other than plain data (text, numbers, lists, objects).',
      );
    }
    if (!limits.ok) {
      return fail(
        'PAYLOAD_TOO_LARGE',
        `The request was refused before reading it (${limits.reason}); the limit is ${PAYLOAD_LIMITS.maxBytes} bytes and ${PAYLOAD_LIMITS.maxDepth} levels.`,
      );
    }
    const parsed = ipcContract[channel].request.safeParse(payload);
    if (!parsed.success) return fail('INVALID_REQUEST', describeIssues(parsed.error));
    try {
      return ok(await callHandler(options.handlers, channel, parsed.data));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      options.reportInternalError(channel, error);
      return fail('INTERNAL', 'Something unexpected went wrong. Nothing was changed.');
    }
  };
}

/** TypeScript cannot correlate a channel union with its handler, so the pairing is asserted once, here. */
async function callHandler(handlers: IpcHandlers, channel: Channel, request: unknown): Promise<unknown> {
  const handler = handlers[channel] as (request: unknown) => unknown;
  return await handler(request);
}

function describeIssues(error: z.ZodError): string {
  const text = `The request was not valid: ${z.prettifyError(error).replaceAll('\n', ' ')}`;
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
}
