import { z } from 'zod';
import { COMPUTE_TYPES, ENVIRONMENT_TYPES, PROJECT_NAME, projectInputProblem } from './project-input';
import { BuildFaultSchema } from './state-schema';
import { FILTER_TYPES } from './triggers';

const variable = z.strictObject({
  name: z.string().min(1),
  value: z.string(),
  type: z.enum(['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER']).default('PLAINTEXT'),
});

const artifacts = z.strictObject({
  type: z.enum(['NO_ARTIFACTS', 'S3', 'CODEPIPELINE']),
  location: z.string().optional().describe('S3: the bucket name.'),
  path: z.string().optional(),
  namespaceType: z.enum(['NONE', 'BUILD_ID']).optional(),
  name: z.string().optional(),
  packaging: z.enum(['NONE', 'ZIP']).optional(),
  overrideArtifactName: z.boolean().optional(),
  artifactIdentifier: z.string().optional(),
});

const ProjectSchema = z
  .strictObject({
    name: z
      .string()
      .regex(PROJECT_NAME, 'Project names are 2-150 letters, digits, "-" or "_", starting with a letter or digit'),
    description: z.string().max(255).optional(),
    source: z.strictObject({
      type: z.enum(['CODECOMMIT', 'CODEPIPELINE', 'NO_SOURCE', 'S3']),
      repository: z
        .string()
        .optional()
        .describe('CODECOMMIT: the repository name (the location is its HTTPS clone URL).'),
      location: z.string().optional(),
      buildspec: z
        .string()
        .optional()
        .describe('Inline buildspec YAML, or a path in the source; absent means buildspec.yml.'),
      gitCloneDepth: z.number().int().min(0).optional(),
    }),
    sourceVersion: z.string().optional().describe('Branch or commit to build when StartBuild names none.'),
    environment: z
      .strictObject({
        type: z.enum(ENVIRONMENT_TYPES as [string, ...string[]]).default('LINUX_CONTAINER'),
        image: z.string().min(1).default('aws/codebuild/standard:7.0'),
        computeType: z.enum(COMPUTE_TYPES as [string, ...string[]]).default('BUILD_GENERAL1_SMALL'),
        privilegedMode: z.boolean().default(false),
        environmentVariables: z.array(variable).default([]),
      })
      .default({
        type: 'LINUX_CONTAINER',
        image: 'aws/codebuild/standard:7.0',
        computeType: 'BUILD_GENERAL1_SMALL',
        privilegedMode: false,
        environmentVariables: [],
      }),
    serviceRole: z.string().optional().describe('Defaults to service-role/codebuild-<name>-service-role.'),
    timeoutInMinutes: z.number().int().min(5).max(2160).default(60),
    queuedTimeoutInMinutes: z.number().int().min(5).max(480).default(480),
    artifacts: artifacts.default({ type: 'NO_ARTIFACTS' }),
    secondaryArtifacts: z.array(artifacts).max(12).default([]),
    cache: z
      .strictObject({
        type: z.enum(['NO_CACHE', 'S3', 'LOCAL']),
        location: z.string().optional(),
        modes: z.array(z.enum(['LOCAL_DOCKER_LAYER_CACHE', 'LOCAL_SOURCE_CACHE', 'LOCAL_CUSTOM_CACHE'])).optional(),
      })
      .default({ type: 'NO_CACHE' }),
    badgeEnabled: z.boolean().default(false),
    concurrentBuildLimit: z.number().int().min(1).optional(),
    tags: z.array(z.strictObject({ key: z.string(), value: z.string() })).default([]),
    webhook: z
      .strictObject({
        filterGroups: z
          .array(
            z.array(
              z.strictObject({
                type: z.enum(FILTER_TYPES as [string, ...string[]]),
                pattern: z.string().min(1),
                excludeMatchedPattern: z.boolean().optional(),
              }),
            ),
          )
          .default([]),
        buildType: z.enum(['BUILD', 'BUILD_BATCH']).default('BUILD'),
      })
      .optional()
      .describe(
        'Builds on CodeCommit pushes and pull requests that match a filter group (the simulator applies webhook filters to CodeCommit).',
      ),
  })
  .superRefine((project, ctx) => {
    const problem = projectInputProblem(toProjectInput(project, 'us-east-1'));
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export type ScenarioProject = z.infer<typeof ProjectSchema>;

/** A scenario project as a CreateProject request (the same checks and defaults apply). */
export function toProjectInput(project: ScenarioProject, region: string): Record<string, unknown> {
  const { webhook: _webhook, source, ...rest } = project;
  const { repository, ...sourceRest } = source;
  return {
    ...rest,
    source: {
      ...sourceRest,
      ...(repository !== undefined && {
        location: `https://git-codecommit.${region}.amazonaws.com/v1/repos/${repository}`,
      }),
    },
  };
}

export const CodeBuildScenarioSchema = z
  .strictObject({
    projects: z.array(ProjectSchema).default([]),
    accountConcurrentBuildLimit: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .describe('Builds beyond it wait in QUEUED (default 20).'),
    faults: z
      .array(BuildFaultSchema)
      .default([])
      .describe('Injected faults: `fail-phase` fails the named phase of matching builds.'),
  })
  .superRefine((section, ctx) => {
    const seen = new Set<string>();
    section.projects.forEach((p, i) => {
      if (seen.has(p.name))
        ctx.addIssue({
          code: 'custom',
          path: ['projects', i, 'name'],
          message: `A project named ${p.name} is declared twice.`,
        });
      seen.add(p.name);
    });
  })
  .describe('CodeBuild projects (and their webhook triggers), the account build limit and injected faults.');
