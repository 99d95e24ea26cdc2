import { z } from 'zod';

const objectId = z.string().regex(/^[0-9a-f]{40}$/, 'A git object ID (40 hex digits)');
const signature = z.strictObject({ name: z.string(), email: z.string(), epochSeconds: z.number() });

/** The CodeCommit slice of a saved world; mirrors `CodeCommitState`. */
export const CodeCommitStateSchema = z.strictObject({
  repositories: z.record(
    z.string(),
    z.strictObject({
      repositoryId: z.string(),
      repositoryName: z.string(),
      repositoryDescription: z.string().optional(),
      defaultBranch: z.string().optional(),
      creationDate: z.number(),
      lastModifiedDate: z.number(),
      branches: z.record(z.string(), objectId),
      tags: z.record(z.string(), z.string()),
      objects: z.strictObject({
        blobs: z.record(objectId, z.string()),
        trees: z.record(
          objectId,
          z.array(z.strictObject({ name: z.string(), mode: z.enum(['100644', '100755', '040000']), id: objectId })),
        ),
        commits: z.record(
          objectId,
          z.strictObject({
            tree: objectId,
            parents: z.array(objectId),
            author: signature,
            committer: signature,
            message: z.string(),
          }),
        ),
      }),
    }),
  ),
});
