import { z } from 'zod';

/** The S3 slice of a saved world; mirrors `S3State`. */
export const S3StateSchema = z.strictObject({
  buckets: z.record(
    z.string(),
    z.strictObject({
      name: z.string(),
      creationDate: z.number(),
      objects: z.record(
        z.string(),
        z.strictObject({
          body: z.string(),
          size: z.number().int().nonnegative(),
          etag: z.string(),
          lastModified: z.number(),
          contentType: z.string().optional(),
        }),
      ),
      region: z.string().optional(),
    }),
  ),
});
