import { z } from 'zod';
import { parseDuration } from '../core/time';
import { CodeArtifactScenarioSchema, EMPTY_CODEARTIFACT_SCENARIO } from '../codeartifact/scenario-schema';
import { CodeBuildScenarioSchema } from '../codebuild/scenario-schema';
import { CodeDeployScenarioSchema } from '../codedeploy/scenario-schema';
import { CodeGuruProfilerScenarioSchema, EMPTY_CODEGURU_PROFILER_SCENARIO } from '../codeguru-profiler/scenario-schema';
import { CodeGuruReviewerScenarioSchema, EMPTY_CODEGURU_REVIEWER_SCENARIO } from '../codeguru-reviewer/scenario-schema';
import { CodePipelineScenarioSchema, EMPTY_CODEPIPELINE_SCENARIO } from '../codepipeline/scenario-schema';
import { isValidBranchName, isValidRepositoryName } from '../codecommit/names';
import { EMPTY_FLEET_SCENARIO, FleetScenarioSchema } from '../fleet/scenario-schema';
import { S3ScenarioSchema } from '../s3/scenario-schema';
import { SecretsManagerScenarioSchema } from '../secretsmanager/scenario-schema';
import { SsmScenarioSchema } from '../ssm/scenario-schema';
import { PolicyDocumentSchema } from '../iam/state-schema';
import { WorldSchema } from './world-schema';

/**
 * The scenario file format (docs/scenario.schema.json is generated from this). Strict objects:
 * an unknown field is an error with its location, not something silently ignored.
 */
export const SCENARIO_FORMAT = 'cicdlab-scenario';
export const SCENARIO_VERSION = 1;

const duration = z
  .string()
  .refine((s) => parseDuration(s) !== undefined, 'Expected a duration such as "90s", "45m" or "1h30m"')
  .describe('Virtual time after the world starts: "90s", "45m", "1h30m", "250ms", "2d".');

const isoInstant = z.iso.datetime({ offset: true }).describe('An ISO-8601 instant, e.g. "2026-01-05T09:00:00Z".');

const person = z.strictObject({
  name: z.string().min(1).max(256),
  email: z.string().min(1).max(256),
});

const repositoryName = z
  .string()
  .refine(
    isValidRepositoryName,
    'Repository names are 1-100 letters, digits, ".", "_" or "-", and do not end in ".git"',
  );
const branchName = z.string().refine(isValidBranchName, 'Not a valid git branch name');
const filePath = z
  .string()
  .regex(
    /^(?!\/)(?!.*\/\/)(?!.*(^|\/)\.\.?(\/|$)).+[^/]$/,
    'A file path relative to the repository root, such as "src/app.js"',
  );

const commit = z.strictObject({
  branch: branchName.optional().describe('Defaults to the repository default branch.'),
  message: z.string().min(1),
  author: person,
  time: isoInstant.optional().describe('Defaults to one hour before the next commit, ending at the world start.'),
  files: z.record(filePath, z.string()).default({}).describe('Files added or replaced: path → UTF-8 content.'),
  deletes: z.array(filePath).default([]),
});

const repository = z.strictObject({
  name: repositoryName,
  description: z.string().max(1000).optional(),
  defaultBranch: branchName.default('main'),
  commits: z.array(commit).default([]),
});

const push = z.strictObject({
  repository: repositoryName,
  branch: branchName,
  message: z.string().min(1),
  author: person,
  files: z.record(filePath, z.string()).default({}),
  deletes: z.array(filePath).default([]),
});

const iamName = z.string().regex(/^[\w+=,.@-]{1,64}$/, 'IAM names are 1-64 letters, digits and +=,.@_-');
const actingAs = iamName.optional().describe('The IAM user (or role) making the call; the default user when absent.');

const iam = z
  .strictObject({
    users: z
      .array(z.strictObject({ userName: iamName, policies: z.array(PolicyDocumentSchema).default([]) }))
      .default([]),
    roles: z
      .array(z.strictObject({ roleName: iamName, policies: z.array(PolicyDocumentSchema).default([]) }))
      .default([]),
    defaultUser: iamName
      .optional()
      .describe('Who the console acts as at first; a user named here is created if missing.'),
  })
  .describe(
    'IAM users and roles to act as, with policies whose explicit denies the services enforce (branch protection).',
  );

const scriptEntry = z.union([
  z.strictObject({ at: duration, as: actingAs, push }).describe('A git push made at the given time.'),
  z
    .strictObject({
      at: duration,
      as: actingAs,
      command: z.strictObject({
        service: z.string(),
        operation: z.string(),
        input: z.record(z.string(), z.unknown()),
      }),
    })
    .describe("An API call made at the given time, in the operation's wire shape."),
]);

const account = z.strictObject({
  accountId: z.string().regex(/^\d{12}$/, 'An AWS account ID is 12 digits'),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'A Region code such as "us-east-1"'),
  iam: iam.default({ users: [], roles: [] }),
  codecommit: z.strictObject({ repositories: z.array(repository).default([]) }).default({ repositories: [] }),
  codebuild: CodeBuildScenarioSchema.default({ projects: [], faults: [] }),
  ssm: SsmScenarioSchema.default({ parameters: [] }),
  secretsmanager: SecretsManagerScenarioSchema.default({ secrets: [] }),
  s3: S3ScenarioSchema.default({ buckets: [], objects: [] }),
  fleet: FleetScenarioSchema.default(EMPTY_FLEET_SCENARIO),
  codedeploy: CodeDeployScenarioSchema.default({ deploymentConfigs: [], applications: [] }),
  codepipeline: CodePipelineScenarioSchema.default(EMPTY_CODEPIPELINE_SCENARIO),
  codeartifact: CodeArtifactScenarioSchema.default(EMPTY_CODEARTIFACT_SCENARIO),
  codeguruProfiler: CodeGuruProfilerScenarioSchema.default(EMPTY_CODEGURU_PROFILER_SCENARIO),
  codeguruReviewer: CodeGuruReviewerScenarioSchema.default(EMPTY_CODEGURU_REVIEWER_SCENARIO),
});

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(SCENARIO_FORMAT),
    version: z.literal(SCENARIO_VERSION),
    name: z.string().min(1).max(200),
    description: z.string().max(10_000).optional(),
    seed: z.number().int().min(0).max(4294967295),
    startTime: isoInstant,
    account,
    script: z.array(scriptEntry).default([]),
    snapshot: WorldSchema.optional().describe(
      'A saved world (Export world): the engine state at one instant. When present it is loaded as it is.',
    ),
  })
  .describe('A CI/CD Lab scenario: an initial AWS account, a seed, a start time and scripted events.');

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioPush = z.infer<typeof push>;
