import { z } from 'zod';
import { validateDeclaration } from '../specs/pipeline/validate-declaration';
import { SimulatedOutcomeSchema } from './state-schema';

/**
 * The `codepipeline` part of a scenario: pipelines (declarations as get-pipeline prints them, without metadata),
 * CodeStar connections their connection sources use, and what Invoke actions answer. A declaration is checked by
 * the same rules CreatePipeline applies, each finding at its field in the scenario file.
 */

const declaration = z
  .record(z.string(), z.unknown())
  .superRefine((value, ctx) => {
    for (const finding of validateDeclaration(value as never)) {
      if (finding.severity !== 'error') continue;
      ctx.addIssue({ code: 'custom', message: finding.message, path: finding.path });
    }
  })
  .describe(
    'A pipeline declaration (the "pipeline" object of get-pipeline or create-pipeline JSON). It is created at ' +
      'version 1 when the world starts, without running: a scenario world starts quiet.',
  );

const connection = z
  .strictObject({
    connectionName: z.string().regex(/^[\w-]{1,32}$/, 'Connection names are 1-32 letters, digits, _ and -'),
    providerType: z.enum(['GitHub', 'GitHubEnterpriseServer', 'Bitbucket', 'GitLab']).default('GitHub'),
    connectionStatus: z.enum(['AVAILABLE', 'PENDING', 'ERROR']).default('AVAILABLE'),
    ownerId: z
      .string()
      .min(1)
      .describe('The owner in FullRepositoryId "owner/name"; the name is a CodeCommit repository of the scenario.'),
  })
  .describe(
    'A CodeStar connection. Its ARN is arn:aws:codestar-connections:<region>:<account>:connection/<connectionName>.',
  );

export const CodePipelineScenarioSchema = z
  .strictObject({
    pipelines: z.array(declaration).default([]),
    connections: z.array(connection).default([]),
    actionOutcomes: z
      .record(
        z.string().regex(/^[^/]+\/[^/]+\/[^/]+$/, 'Keys are "<pipeline>/<stage>/<action>"'),
        SimulatedOutcomeSchema,
      )
      .default({})
      .describe(
        'What Invoke actions (Lambda, Step Functions) answer, by "<pipeline>/<stage>/<action>"; absent = success.',
      ),
  })
  .describe('CodePipeline pipelines, connections and simulated action outcomes.');

export type CodePipelineScenario = z.infer<typeof CodePipelineScenarioSchema>;

export const EMPTY_CODEPIPELINE_SCENARIO: CodePipelineScenario = { pipelines: [], connections: [], actionOutcomes: {} };
