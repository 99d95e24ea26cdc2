import { createSimulation } from '../index';
import { createWorld } from '../scenario/create-world';
import { loadScenario } from '../scenario/load';
import { DEFAULT_ACCOUNT_CONCURRENT_BUILD_LIMIT } from './state';
import { testWorld } from './test-world';

/** The typical build the benchmark runs: a Node.js app through install, pre_build, build and post_build. */
export const TYPICAL_BUILDSPEC = `version: 0.2

phases:
  install:
    runtime-versions:
      nodejs: 20
    commands:
      - npm ci
  pre_build:
    commands:
      - echo Logging in to the registry
  build:
    commands:
      - npm test
  post_build:
    commands:
      - echo Build completed on \`date\`
`;

/** Builds run as the default account allows: 20 at a time. */
const BATCH = DEFAULT_ACCOUNT_CONCURRENT_BUILD_LIMIT;

/**
 * Simulates `n` typical builds end to end (every phase, timer, log line and event), `BATCH` at a time, and
 * returns how many succeeded. `npm run bench` times it; the engine itself never reads a clock.
 */
export function simulateTypicalBuilds(
  n: number,
  spec = TYPICAL_BUILDSPEC,
): { builds: number; succeeded: number; events: number } {
  const scenario = testWorld({
    files: {
      'package.json': JSON.stringify({
        name: 'app',
        version: '1.0.0',
        scripts: { test: 'node --test' },
        dependencies: { express: '^4.21.0' },
      }),
      'package-lock.json': '{}\n',
      'src/app.js': 'module.exports = () => "ok";\n',
      'test/app.test.js': "test('responds', () => {});\n",
      'buildspec.yml': spec,
    },
    accountConcurrentBuildLimit: BATCH,
  });
  const loaded = loadScenario(JSON.stringify(scenario));
  if (!loaded.ok) throw new Error('the benchmark scenario is invalid');
  const sim = createSimulation(createWorld(loaded.scenario));
  let events = 0;
  const count = (batch: unknown[]) => {
    events += batch.length;
  };
  for (let started = 0; started < n;) {
    const batch = Math.min(BATCH, n - started);
    for (let i = 0; i < batch; i++) {
      const result = sim.execute({
        service: 'codebuild',
        operation: 'StartBuild',
        input: { projectName: 'app-build' },
      });
      if (!result.ok) throw new Error(result.error.message);
      events += result.events.length;
    }
    started += batch;
    sim.advanceTo(sim.now + 30 * 60_000, count);
  }
  const builds = Object.values(sim.world.account.codebuild.builds);
  return { builds: builds.length, succeeded: builds.filter((b) => b.buildStatus === 'SUCCEEDED').length, events };
}
