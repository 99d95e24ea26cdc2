import { z } from 'zod';

/** The Secrets Manager slice of a saved world; mirrors `SecretsManagerState`. */
export const SecretsManagerStateSchema = z.strictObject({
  secrets: z.record(
    z.string(),
    z.strictObject({
      name: z.string(),
      arn: z.string(),
      description: z.string().optional(),
      kmsKeyId: z.string().optional(),
      createdDate: z.number(),
      lastChangedDate: z.number(),
      lastAccessedDate: z.number().optional(),
      deletionDate: z.number().optional(),
      versions: z.array(
        z.strictObject({
          versionId: z.string(),
          secretString: z.string().optional(),
          secretBinary: z.string().optional(),
          createdDate: z.number(),
          stages: z.array(z.string()),
        }),
      ),
      tags: z.array(z.strictObject({ Key: z.string(), Value: z.string() })),
    }),
  ),
});
