import { z } from 'zod';
import { CodeArtifactStateSchema } from '../codeartifact/state-schema';
import { CodeBuildStateSchema } from '../codebuild/state-schema';
import { CodeCommitStateSchema } from '../codecommit/state-schema';
import { CodeDeployStateSchema } from '../codedeploy/state-schema';
import { CodeGuruProfilerStateSchema } from '../codeguru-profiler/state-schema';
import { CodeGuruReviewerStateSchema } from '../codeguru-reviewer/state-schema';
import { CodePipelineStateSchema } from '../codepipeline/state-schema';
import { FleetStateSchema } from '../fleet/state-schema';
import { IamStateSchema } from '../iam/state-schema';
import { LogsStateSchema } from '../logs/state-schema';
import { S3StateSchema } from '../s3/state-schema';
import { SecretsManagerStateSchema } from '../secretsmanager/state-schema';
import { SsmStateSchema } from '../ssm/state-schema';

const uint32 = z.number().int().min(0).max(4294967295);

/** A saved world as Export world writes it; mirrors `World` in world.ts. */
export const WorldSchema = z.strictObject({
  formatVersion: z.number().int(),
  scenarioName: z.string(),
  seed: uint32,
  startTime: z.string(),
  startEpochMs: z.number(),
  now: z.number().nonnegative(),
  rng: z.strictObject({ a: uint32, b: uint32, c: uint32, d: uint32 }),
  timerSeq: z.number().int().nonnegative(),
  eventSeq: z.number().int().nonnegative(),
  queue: z.array(
    z.strictObject({ at: z.number().nonnegative(), seq: z.number().int(), kind: z.string(), payload: z.unknown() }),
  ),
  account: z.strictObject({
    accountId: z.string(),
    region: z.string(),
    iam: IamStateSchema,
    codecommit: CodeCommitStateSchema,
    codebuild: CodeBuildStateSchema,
    ssm: SsmStateSchema,
    secretsmanager: SecretsManagerStateSchema,
    logs: LogsStateSchema,
    s3: S3StateSchema,
    codedeploy: CodeDeployStateSchema.optional(),
    codepipeline: CodePipelineStateSchema.optional(),
    codeguruProfiler: CodeGuruProfilerStateSchema.optional(),
    codeguruReviewer: CodeGuruReviewerStateSchema.optional(),
    codeartifact: CodeArtifactStateSchema.optional(),
    // Worlds saved before the fleet existed load with an empty one (engine/index.ts withAllSlices).
    fleet: FleetStateSchema.optional(),
  }),
});
