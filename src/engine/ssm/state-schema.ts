import { z } from 'zod';

const tag = z.strictObject({ Key: z.string(), Value: z.string() });

/** The Systems Manager slice of a saved world; mirrors `SsmState`. */
export const SsmStateSchema = z.strictObject({
  parameters: z.record(
    z.string(),
    z.strictObject({
      name: z.string(),
      tier: z.enum(['Standard', 'Advanced']),
      dataType: z.string(),
      versions: z.array(
        z.strictObject({
          version: z.number().int().positive(),
          value: z.string(),
          type: z.enum(['String', 'StringList', 'SecureString']),
          description: z.string().optional(),
          keyId: z.string().optional(),
          allowedPattern: z.string().optional(),
          lastModifiedDate: z.number(),
          lastModifiedUser: z.string(),
          labels: z.array(z.string()),
        }),
      ),
      tags: z.array(tag),
    }),
  ),
});
