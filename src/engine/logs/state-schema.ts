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
          timestamps: z.array(z.number()),
          messages: z.array(z.string()),
        }),
      ),
    }),
  ),
});
