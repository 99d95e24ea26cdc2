import { z } from 'zod';

export const SsmScenarioSchema = z
  .strictObject({
    parameters: z
      .array(
        z.strictObject({
          name: z
            .string()
            .regex(
              /^(?!\/?(aws|ssm))[a-zA-Z0-9_.\-/]{1,1011}$/i,
              'Parameter names are letters, digits and "_.-/", not under aws or ssm',
            ),
          type: z.enum(['String', 'StringList', 'SecureString']).default('String'),
          value: z.string().max(8192),
          description: z.string().max(1024).optional(),
        }),
      )
      .default([]),
  })
  .describe('Systems Manager Parameter Store parameters (read by parameter-store build variables).');
