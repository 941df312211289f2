import { z } from 'zod';

/** Where a file being imported is: polled by the window while it waits, like the save status. */
export const ImportProgressSchema = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('idle') }).strict(),
  z
    .object({
      phase: z.enum(['reading', 'parsing', 'checking-credentials', 'comparing']),
      fileName: z.string(),
      /** Bytes read, or credentials checked; with `total`, a fraction the window can show. */
      done: z.number().min(0),
      total: z.number().min(0),
    })
    .strict(),
]);
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
