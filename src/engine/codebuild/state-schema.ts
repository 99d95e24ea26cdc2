import { z } from 'zod';
import { PHASE_TYPES, STATUS_TYPES } from './state';

const phaseType = z.enum(PHASE_TYPES);
const status = z.enum(STATUS_TYPES);
const variable = z.strictObject({
  name: z.string(),
  value: z.string(),
  type: z.enum(['PLAINTEXT', 'PARAMETER_STORE', 'SECRETS_MANAGER']),
});
const tag = z.strictObject({ key: z.string(), value: z.string() });
const context = z.strictObject({ statusCode: z.string(), message: z.string() });

const source = z.strictObject({
  type: z.enum(['CODECOMMIT', 'CODEPIPELINE', 'NO_SOURCE', 'S3']),
  location: z.string().optional(),
  buildspec: z.string().optional(),
  gitCloneDepth: z.number().int().optional(),
  insecureSsl: z.boolean(),
  sourceIdentifier: z.string().optional(),
});

const environment = z.strictObject({
  type: z.string(),
  image: z.string(),
  computeType: z.string(),
  privilegedMode: z.boolean(),
  environmentVariables: z.array(variable),
  imagePullCredentialsType: z.enum(['CODEBUILD', 'SERVICE_ROLE']),
});

const artifacts = z.strictObject({
  type: z.enum(['NO_ARTIFACTS', 'S3', 'CODEPIPELINE']),
  location: z.string().optional(),
  path: z.string().optional(),
  namespaceType: z.enum(['NONE', 'BUILD_ID']).optional(),
  name: z.string().optional(),
  packaging: z.enum(['NONE', 'ZIP']).optional(),
  overrideArtifactName: z.boolean().optional(),
  encryptionDisabled: z.boolean().optional(),
  artifactIdentifier: z.string().optional(),
});

const cache = z.strictObject({
  type: z.enum(['NO_CACHE', 'S3', 'LOCAL']),
  location: z.string().optional(),
  modes: z.array(z.string()).optional(),
});

const filter = z.strictObject({ type: z.string(), pattern: z.string(), excludeMatchedPattern: z.boolean().optional() });

const project = z.strictObject({
  name: z.string(),
  arn: z.string(),
  description: z.string().optional(),
  source,
  sourceVersion: z.string().optional(),
  artifacts,
  secondaryArtifacts: z.array(artifacts),
  cache,
  environment,
  serviceRole: z.string(),
  timeoutInMinutes: z.number().int(),
  queuedTimeoutInMinutes: z.number().int(),
  encryptionKey: z.string(),
  tags: z.array(tag),
  created: z.number(),
  lastModified: z.number(),
  badgeEnabled: z.boolean(),
  badgeUuid: z.string(),
  webhook: z
    .strictObject({
      url: z.string(),
      payloadUrl: z.string(),
      filterGroups: z.array(z.array(filter)),
      buildType: z.enum(['BUILD', 'BUILD_BATCH']),
      lastModifiedSecret: z.number(),
    })
    .optional(),
  concurrentBuildLimit: z.number().int().optional(),
  buildCounter: z.number().int().nonnegative(),
});

const buildArtifacts = z.strictObject({
  location: z.string().optional(),
  md5sum: z.string().optional(),
  sha256sum: z.string().optional(),
  overrideArtifactName: z.boolean().optional(),
  artifactIdentifier: z.string().optional(),
});

const request = z.strictObject({
  sourceVersion: z.string().optional(),
  buildspecOverride: z.string().optional(),
  environmentVariablesOverride: z.array(variable).optional(),
  timeoutInMinutesOverride: z.number().int().optional(),
  queuedTimeoutInMinutesOverride: z.number().int().optional(),
  imageOverride: z.string().optional(),
  computeTypeOverride: z.string().optional(),
  environmentTypeOverride: z.string().optional(),
  privilegedModeOverride: z.boolean().optional(),
  artifactsOverride: artifacts.optional(),
  cacheOverride: cache.optional(),
});

const stringRecord = z.record(z.string(), z.string());

const run = z.strictObject({
  token: z.number().int(),
  srcDir: z.string(),
  buildspecText: z.string().optional(),
  files: stringRecord,
  dirs: z.record(z.string(), z.literal(true)),
  shell: z.strictObject({
    env: stringRecord,
    vars: stringRecord,
    cwd: z.string(),
    errexit: z.boolean(),
    pipefail: z.boolean(),
  }),
  masks: z.array(z.string()),
  exportBlocked: z.array(z.string()),
  failed: z.boolean(),
  deadline: z.number().optional(),
  pending: z
    .strictObject({
      status,
      contexts: z.array(context),
      endsAt: z.number(),
      s3Writes: z.array(z.strictObject({ at: z.number(), bucket: z.string(), key: z.string(), body: z.string() })),
    })
    .optional(),
  ending: z.enum(['STOPPED', 'TIMED_OUT']).optional(),
  cacheRestored: z.boolean(),
  runtimes: stringRecord,
  docker: z.strictObject({ images: z.array(z.string()), logins: z.array(z.string()) }),
});

const build = z.strictObject({
  id: z.string(),
  arn: z.string(),
  buildNumber: z.number().int(),
  projectName: z.string(),
  startTime: z.number(),
  endTime: z.number().optional(),
  currentPhase: phaseType,
  buildStatus: status,
  buildComplete: z.boolean(),
  initiator: z.string(),
  sourceVersion: z.string().optional(),
  resolvedSourceVersion: z.string().optional(),
  source,
  environment,
  artifacts,
  secondaryArtifacts: z.array(artifacts),
  artifactResults: buildArtifacts,
  secondaryArtifactResults: z.array(buildArtifacts),
  cache,
  serviceRole: z.string(),
  timeoutInMinutes: z.number().int(),
  queuedTimeoutInMinutes: z.number().int(),
  encryptionKey: z.string(),
  logStreamName: z.string(),
  phases: z.array(
    z.strictObject({
      phaseType,
      phaseStatus: status.optional(),
      startTime: z.number(),
      endTime: z.number().optional(),
      durationInSeconds: z.number().optional(),
      contexts: z.array(context).optional(),
    }),
  ),
  reportArns: z.array(z.string()),
  exportedEnvironmentVariables: z.array(z.strictObject({ name: z.string(), value: z.string() })),
  request,
  webhook: z
    .strictObject({
      event: z.string(),
      headRef: z.string(),
      baseRef: z.string().optional(),
      trigger: z.string(),
      prevCommit: z.string().optional(),
      actorAccountId: z.string(),
    })
    .optional(),
  pullRequestId: z.string().optional(),
  revisionId: z.string().optional(),
  inputFiles: stringRecord.optional(),
  pipelineArtifact: z.strictObject({ bucket: z.string(), key: z.string() }).optional(),
  run: run.optional(),
});

const testCase = z.strictObject({
  testRawDataPath: z.string(),
  prefix: z.string(),
  name: z.string(),
  status: z.enum(['SUCCEEDED', 'FAILED', 'ERROR', 'SKIPPED', 'UNKNOWN']),
  durationInNanoSeconds: z.number(),
  message: z.string().optional(),
  testSuiteName: z.string().optional(),
});

const coverage = z.strictObject({
  id: z.string(),
  filePath: z.string(),
  lineCoveragePercentage: z.number(),
  linesCovered: z.number(),
  linesMissed: z.number(),
  branchCoveragePercentage: z.number().optional(),
  branchesCovered: z.number().optional(),
  branchesMissed: z.number().optional(),
});

/** A `fail-phase` fault (the hook later fault injection uses). */
export const BuildFaultSchema = z.strictObject({
  kind: z.literal('fail-phase'),
  project: z.string().optional(),
  phase: phaseType,
  remaining: z.number().int().positive().optional(),
  message: z.string().optional(),
});

/** The CodeBuild slice of a saved world; mirrors `CodeBuildState`. */
export const CodeBuildStateSchema = z.strictObject({
  projects: z.record(z.string(), project),
  builds: z.record(z.string(), build),
  buildOrder: z.array(z.string()),
  queue: z.array(z.string()),
  running: z.array(z.string()),
  accountConcurrentBuildLimit: z.number().int().positive(),
  reportGroups: z.record(
    z.string(),
    z.strictObject({
      arn: z.string(),
      name: z.string(),
      type: z.enum(['TEST', 'CODE_COVERAGE']),
      created: z.number(),
      lastModified: z.number(),
      tags: z.array(tag),
    }),
  ),
  reports: z.record(
    z.string(),
    z.strictObject({
      arn: z.string(),
      type: z.enum(['TEST', 'CODE_COVERAGE']),
      name: z.string(),
      reportGroupArn: z.string(),
      executionId: z.string(),
      status: z.enum(['GENERATING', 'SUCCEEDED', 'FAILED', 'INCOMPLETE', 'DELETING']),
      created: z.number(),
      expired: z.number(),
      testCases: z.array(testCase),
      coverage: z.array(coverage),
      statusMessage: z.string().optional(),
    }),
  ),
  localCaches: z.record(z.string(), stringRecord),
  faults: z.array(BuildFaultSchema),
});
