import { z } from 'zod';

/**
 * The `codeguruReviewer` part of a scenario: CodeCommit repositories that start associated (State Associated at
 * virtual time 0, as if AssociateRepository had finished before the scenario began).
 */
export const CodeGuruReviewerScenarioSchema = z.strictObject({
  associations: z
    .array(
      z.strictObject({
        repositoryName: z
          .string()
          .regex(/^\S[\w.-]*$/, 'A CodeCommit repository name: letters, digits, . _ -')
          .describe('A repository listed under codecommit.repositories.'),
        tags: z.record(z.string(), z.string()).optional(),
      }),
    )
    .default([])
    .describe('Repositories associated with CodeGuru Reviewer when the scenario starts.'),
});

export type CodeGuruReviewerScenario = z.infer<typeof CodeGuruReviewerScenarioSchema>;

export const EMPTY_CODEGURU_REVIEWER_SCENARIO: CodeGuruReviewerScenario = { associations: [] };
