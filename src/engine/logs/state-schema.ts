import { z } from 'zod';

/** The CloudWatch Logs slice of a saved world; mirrors `LogsState`. */
export const LogsStateSchema = z.strictObject({
  groups: z.record(
    z.string(),
    z.strictObject({
      logGroupName: z.string(),
      creationTime: z.number(),
      retentionInDays: z.number().int().optional(),
      streams: z.record(
        z.string(),
        z.strictObject({
          logStreamName: z.string(),
          creationTime: z.number(),
          events: z.array(z.strictObject({ timestamp: z.number(), message: z.string() })),
        }),
      ),
    }),
  ),
});
