import { z } from 'zod';

export const SecretsManagerScenarioSchema = z
  .strictObject({
    secrets: z
      .array(
        z.strictObject({
          name: z.string().regex(/^[A-Za-z0-9/_+=.@-]{1,512}$/, 'Secret names are letters, digits and "/_+=.@-"'),
          secretString: z.string().max(65536).describe('The secret value; JSON when build variables select a key.'),
          description: z.string().max(2048).optional(),
        }),
      )
      .default([]),
  })
  .describe('Secrets Manager secrets (read by secrets-manager build variables).');
