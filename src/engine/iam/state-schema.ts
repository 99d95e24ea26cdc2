import { z } from 'zod';

const stringOrList = z.union([z.string(), z.array(z.string())]);

/** An IAM policy document as IAM writes it (only the parts the simulation evaluates are checked). */
export const PolicyDocumentSchema = z.looseObject({
  Version: z.string(),
  Statement: z.array(
    z.looseObject({
      Sid: z.string().optional(),
      Effect: z.enum(['Allow', 'Deny']),
      Action: stringOrList,
      Resource: stringOrList,
      Condition: z.record(z.string(), z.record(z.string(), stringOrList)).optional(),
    }),
  ),
});

/** The IAM slice of a saved world; mirrors `IamState`. */
export const IamStateSchema = z.strictObject({
  users: z.record(
    z.string(),
    z.strictObject({
      userName: z.string(),
      userId: z.string(),
      accessKeyId: z.string(),
      policies: z.array(PolicyDocumentSchema),
    }),
  ),
  roles: z.record(
    z.string(),
    z.strictObject({
      roleName: z.string(),
      roleId: z.string(),
      accessKeyId: z.string(),
      policies: z.array(PolicyDocumentSchema),
    }),
  ),
  defaultUser: z.string(),
});
