import { clonePlain } from '../core/clone';
import { getOwn, setOwn } from '../core/records';
import { accessKeyIdFor } from '../iam/principals';
import { DEFAULT_USER } from '../iam/state';
import { seedRng, nextUuid } from '../core/rng';
import { SCRIPTED_COMMAND } from '../core/simulation';
import { pushTimer } from '../core/queue';
import { HOUR, parseDuration, simMillis } from '../core/time';
import { writeChanges } from '../codecommit/commits';
import { PUSH_TIMER } from '../codecommit/push';
import { emptyCodeCommitState, newRepository } from '../codecommit/state';
import { AwsError } from '../core/aws-error';
import { createCodeArtifactResources } from '../codeartifact/scenario';
import { emptyCodeArtifactState } from '../codeartifact/state';
import { defaultServiceRole, newProject } from '../codebuild/project-input';
import { toProjectInput } from '../codebuild/scenario-schema';
import { emptyCodeBuildState } from '../codebuild/state';
import { readFilterGroups } from '../codebuild/triggers';
import { createCodeDeployResources } from '../codedeploy/scenario';
import { emptyCodeDeployState } from '../codedeploy/state';
import { createCodeGuruProfilerResources } from '../codeguru-profiler/scenario';
import { emptyCodeGuruProfilerState } from '../codeguru-profiler/state';
import { createCodeGuruReviewerResources } from '../codeguru-reviewer/scenario';
import { emptyCodeGuruReviewerState } from '../codeguru-reviewer/state';
import { createCodePipelineResources } from '../codepipeline/scenario';
import { emptyCodePipelineState } from '../codepipeline/state';
import { createFleet } from '../fleet/scenario';
import { emptyFleetState } from '../fleet/state';
import { emptyLogsState } from '../logs/state';
import { createBucket, putObject } from '../s3/public';
import { scenarioObjectBody } from '../s3/scenario-schema';
import { emptyS3State } from '../s3/state';
import { secretArn } from '../secretsmanager/operations';
import { emptySecretsManagerState } from '../secretsmanager/state';
import { emptySsmState } from '../ssm/state';
import { WORLD_FORMAT_VERSION, type World } from '../world';
import type { Scenario } from './schema';

/**
 * The world a scenario describes, at virtual time 0. Repository history is written before the
 * clock starts (no events); scripted entries become timers. A scenario that carries a saved
 * world (`snapshot`) resumes exactly there instead.
 */
export function createWorld(scenario: Scenario, seedOverride?: number): World {
  if (scenario.snapshot) return clonePlain(scenario.snapshot) as unknown as World;
  const seed = seedOverride ?? scenario.seed;
  const startEpochMs = Date.parse(scenario.startTime);
  const world: World = {
    formatVersion: WORLD_FORMAT_VERSION,
    scenarioName: scenario.name,
    seed,
    startTime: new Date(startEpochMs).toISOString(),
    startEpochMs,
    now: simMillis(0),
    rng: seedRng(seed),
    timerSeq: 0,
    eventSeq: 0,
    queue: [],
    account: {
      accountId: scenario.account.accountId,
      region: scenario.account.region,
      iam: { users: {}, roles: {}, defaultUser: DEFAULT_USER },
      codecommit: emptyCodeCommitState(),
      codebuild: emptyCodeBuildState(),
      ssm: emptySsmState(),
      secretsmanager: emptySecretsManagerState(),
      logs: emptyLogsState(),
      s3: emptyS3State(),
      fleet: emptyFleetState(),
      codedeploy: emptyCodeDeployState(),
      codepipeline: emptyCodePipelineState(),
      codeguruProfiler: emptyCodeGuruProfilerState(),
      codeguruReviewer: emptyCodeGuruReviewerState(),
      codeartifact: emptyCodeArtifactState(),
    },
  };
  createIam(world, scenario.account.iam);
  createBuildResources(world, scenario.account);
  createFleet(world, scenario.account.fleet);

  for (const spec of scenario.account.codecommit.repositories) {
    const commitTimes = spec.commits.map((c, i) =>
      c.time === undefined ? startEpochMs - (spec.commits.length - i) * HOUR : Date.parse(c.time),
    );
    // History written before the clock starts keeps its own dates (negative virtual time).
    const virtual = (epochMs: number | undefined) => simMillis(Math.min(0, (epochMs ?? startEpochMs) - startEpochMs));
    const repo = newRepository({
      repositoryId: nextUuid(world.rng),
      repositoryName: spec.name,
      repositoryDescription: spec.description,
      at: virtual(commitTimes[0]),
    });
    repo.lastModifiedDate = virtual(commitTimes.length > 0 ? Math.max(...commitTimes) : undefined);
    spec.commits.forEach((c, i) => {
      const branch = c.branch ?? spec.defaultBranch;
      const base = Object.hasOwn(repo.branches, branch) ? repo.branches[branch] : repo.branches[spec.defaultBranch];
      const epochMs = commitTimes[i] as number;
      const id = writeChanges(repo.objects, {
        parent: base,
        changes: [
          ...Object.entries(c.files).map(([path, content]) => ({ path, content })),
          ...c.deletes.map((path) => ({ path })),
        ],
        message: c.message,
        author: c.author,
        epochSeconds: epochMs / 1000,
      });
      setOwn(repo.branches, branch, id);
    });
    if (Object.hasOwn(repo.branches, spec.defaultBranch)) repo.defaultBranch = spec.defaultBranch;
    setOwn(world.account.codecommit.repositories, spec.name, repo);
  }

  createCodeDeployResources(world, scenario.account.codedeploy);
  createCodePipelineResources(world, scenario.account.codepipeline);
  createCodeArtifactResources(world, scenario.account.codeartifact);
  createCodeGuruProfilerResources(world, scenario.account.codeguruProfiler);
  createCodeGuruReviewerResources(world, scenario.account.codeguruReviewer);

  for (const entry of scenario.script) {
    const at = parseDuration(entry.at) ?? simMillis(0);
    const accessKeyId = accessKeyOf(world, entry.as);
    const [kind, payload] =
      'push' in entry
        ? [PUSH_TIMER, { ...entry.push, accessKeyId }]
        : [SCRIPTED_COMMAND, { ...entry.command, accessKeyId }];
    pushTimer(world.queue, { at, seq: world.timerSeq++, kind, payload });
  }
  return world;
}

function createIam(world: World, spec: Scenario['account']['iam']): void {
  const { iam } = world.account;
  const users = [...spec.users];
  const defaultUser = spec.defaultUser ?? users[0]?.userName ?? DEFAULT_USER;
  if (!users.some((u) => u.userName === defaultUser)) users.unshift({ userName: defaultUser, policies: [] });
  for (const u of users) {
    setOwn(iam.users, u.userName, {
      userName: u.userName,
      userId: `AIDA${nextUuid(world.rng).replace(/-/g, '').slice(0, 17).toUpperCase()}`,
      accessKeyId: accessKeyIdFor('user', u.userName),
      policies: u.policies,
    });
  }
  for (const r of spec.roles) {
    setOwn(iam.roles, r.roleName, {
      roleName: r.roleName,
      roleId: `AROA${nextUuid(world.rng).replace(/-/g, '').slice(0, 17).toUpperCase()}`,
      accessKeyId: accessKeyIdFor('role', r.roleName),
      policies: r.policies,
    });
  }
  iam.defaultUser = defaultUser;
}

/** Buckets, parameters, secrets and CodeBuild projects, as they are at virtual time 0. */
function createBuildResources(world: World, spec: Scenario['account']): void {
  const at = simMillis(0);
  const { accountId, region } = world.account;
  for (const name of spec.s3.buckets) createBucket(world, name, at);
  for (const o of spec.s3.objects) {
    if (!putObject(world, o.bucket, o.key, scenarioObjectBody(o), at, o.contentType)) {
      throw new Error(`S3 object ${o.key}: bucket ${o.bucket} is not listed in s3.buckets`);
    }
  }
  const user = `arn:aws:iam::${accountId}:user/${world.account.iam.defaultUser}`;
  for (const p of spec.ssm.parameters) {
    setOwn(world.account.ssm.parameters, p.name, {
      name: p.name,
      tier: p.value.length > 4096 ? 'Advanced' : 'Standard',
      dataType: 'text',
      versions: [
        {
          version: 1,
          value: p.value,
          type: p.type,
          ...(p.description !== undefined && { description: p.description }),
          ...(p.type === 'SecureString' && { keyId: 'alias/aws/ssm' }),
          lastModifiedDate: at,
          lastModifiedUser: user,
          labels: [],
        },
      ],
      tags: [],
    });
  }
  for (const s of spec.secretsmanager.secrets) {
    setOwn(world.account.secretsmanager.secrets, s.name, {
      name: s.name,
      arn: secretArn(world, s.name),
      ...(s.description !== undefined && { description: s.description }),
      createdDate: at,
      lastChangedDate: at,
      versions: [
        { versionId: nextUuid(world.rng), secretString: s.secretString, createdDate: at, stages: ['AWSCURRENT'] },
      ],
      tags: [],
    });
  }
  const codebuild = world.account.codebuild;
  if (spec.codebuild.accountConcurrentBuildLimit !== undefined)
    codebuild.accountConcurrentBuildLimit = spec.codebuild.accountConcurrentBuildLimit;
  codebuild.faults = clonePlain(spec.codebuild.faults);
  for (const p of spec.codebuild.projects) {
    try {
      const project = newProject(
        world,
        { serviceRole: defaultServiceRole(world, p.name), ...toProjectInput(p, region) },
        at,
      );
      if (p.webhook) {
        const token = nextUuid(world.rng).replace(/-/g, '');
        project.webhook = {
          url: `https://codebuild.${region}.amazonaws.com/webhooks?t=${token}&v=1`,
          payloadUrl: `https://codebuild.${region}.amazonaws.com/webhooks?t=${token}&v=1`,
          filterGroups: readFilterGroups(p.webhook.filterGroups),
          buildType: p.webhook.buildType,
          lastModifiedSecret: at,
        };
      }
      setOwn(codebuild.projects, project.name, project);
    } catch (e) {
      if (e instanceof AwsError) throw new Error(`CodeBuild project ${p.name}: ${e.message}`, { cause: e });
      throw e;
    }
  }
}

/** The key a scripted entry's `as` signs with: a user's, else a role session's. */
function accessKeyOf(world: World, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const { users, roles } = world.account.iam;
  return (getOwn(users, name) ?? getOwn(roles, name))?.accessKeyId;
}
