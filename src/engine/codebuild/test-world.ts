import type { ScenarioInput } from '../scenario/schema';

/**
 * Scenarios for the CodeBuild tests: one repository `app` (branch main) holding `files`, one project `app-build`
 * building it, and whatever parameters, secrets and buckets the test needs. Used with `SimDriver.from`.
 */
export interface TestWorld {
  files: Record<string, string>;
  project?: Record<string, unknown>;
  projects?: Record<string, unknown>[];
  parameters?: { name: string; value: string; type?: 'String' | 'SecureString' | 'StringList' }[];
  secrets?: { name: string; secretString: string }[];
  buckets?: string[];
  accountConcurrentBuildLimit?: number;
  faults?: Record<string, unknown>[];
  script?: ScenarioInput['script'];
}

export const ARTIFACT_BUCKET = 'app-artifacts';

export function testWorld(world: TestWorld): ScenarioInput {
  const project = { name: 'app-build', source: { type: 'CODECOMMIT', repository: 'app' }, ...world.project };
  return {
    format: 'cicdlab-scenario',
    version: 1,
    name: 'codebuild-test',
    seed: 7,
    startTime: '2026-01-05T09:00:00Z',
    account: {
      accountId: '123456789012',
      region: 'us-east-1',
      codecommit: {
        repositories: [
          {
            name: 'app',
            commits: [
              { message: 'Initial commit', author: { name: 'Ada', email: 'ada@example.com' }, files: world.files },
            ],
          },
        ],
      },
      codebuild: {
        projects: (world.projects ?? [project]) as never,
        ...(world.accountConcurrentBuildLimit !== undefined && {
          accountConcurrentBuildLimit: world.accountConcurrentBuildLimit,
        }),
        faults: (world.faults ?? []) as never,
      },
      ssm: { parameters: (world.parameters ?? []) as never },
      secretsmanager: { secrets: world.secrets ?? [] },
      s3: { buckets: world.buckets ?? [ARTIFACT_BUCKET] },
    } as never,
    script: world.script ?? [],
  };
}

/** A buildspec from phase commands (and extra top-level YAML). */
export function buildspec(
  phases: Partial<Record<'install' | 'pre_build' | 'build' | 'post_build', string[]>>,
  extra = '',
): string {
  const body = Object.entries(phases)
    .map(
      ([name, commands]) =>
        `  ${name}:\n    commands:\n${(commands ?? []).map((c) => `      - ${JSON.stringify(c)}`).join('\n')}`,
    )
    .join('\n');
  return `version: 0.2\n\nphases:\n${body}\n${extra}`;
}

/** What the helpers need of the test driver (SimDriver). */
export interface BuildDriver {
  ok<T = Record<string, unknown>>(service: string, operation: string, input?: Record<string, unknown>): T;
  advance(duration: string): unknown;
}

export interface WireBuild {
  id: string;
  arn: string;
  buildNumber: number;
  buildStatus: string;
  currentPhase: string;
  sourceVersion?: string;
  resolvedSourceVersion?: string;
  initiator: string;
  phases: {
    phaseType: string;
    phaseStatus?: string;
    durationInSeconds?: number;
    contexts?: { statusCode: string; message: string }[];
  }[];
  artifacts: { location?: string; md5sum?: string; sha256sum?: string };
  reportArns: string[];
  exportedEnvironmentVariables: { name: string; value: string }[];
  logs: { groupName: string; streamName: string; deepLink: string };
  environment: { environmentVariables: { name: string; value: string; type: string }[] };
  pullRequestId?: string;
  revisionId?: string;
  buildComplete: boolean;
}

export function getBuild(sim: BuildDriver, id: string): WireBuild {
  return sim.ok<{ builds: WireBuild[] }>('codebuild', 'BatchGetBuilds', { ids: [id] }).builds[0] as WireBuild;
}

/** The build's whole log as CodeBuild wrote it (every event's message, joined). */
export function buildLog(sim: BuildDriver, build: WireBuild): string {
  const out = sim.ok<{ events: { message: string }[] }>('logs', 'GetLogEvents', {
    logGroupName: build.logs.groupName,
    logStreamName: build.logs.streamName,
    startFromHead: true,
  });
  return out.events.map((e) => e.message).join('');
}

/** Starts a build of `app-build`, lets it run to the end, and returns it with its log. */
export function runBuild(
  sim: BuildDriver,
  input: Record<string, unknown> = {},
  duration = '3h',
): { build: WireBuild; log: string } {
  const { build: started } = sim.ok<{ build: WireBuild }>('codebuild', 'StartBuild', {
    projectName: 'app-build',
    ...input,
  });
  sim.advance(duration);
  const build = getBuild(sim, started.id);
  return { build, log: buildLog(sim, build) };
}

/** `PHASE:STATUS` for each phase, COMPLETED last. */
export const phaseSummary = (build: WireBuild) =>
  build.phases.map((p) => (p.phaseStatus ? `${p.phaseType}:${p.phaseStatus}` : p.phaseType));
