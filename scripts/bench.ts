/**
 * `npm run bench`: engine throughput on a synthetic world and the size of what the browser loads.
 * The last stdout line is one JSON object (the figures reviewers compare across changes).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SERVICES, Simulation, createWorld, loadScenario, toEventBridge, type ServiceModule } from '../src/engine';
import { nextInt } from '../src/engine/core/rng';
import { simulateTypicalBuilds } from '../src/engine/codebuild/bench';
import { prepareOneAtATimeDeployment, simulateOneAtATimeDeployment } from '../src/engine/codedeploy/bench';
import { parseBuildspec } from '../src/engine/specs';
import { BENCH_ACTIONS, BENCH_STAGES, largePipeline } from '../src/engine/specs/pipeline/bench';
import { validateDeclaration } from '../src/engine/specs/pipeline/validate-declaration';
import { layoutPipeline } from '../src/features/codepipeline/designer/layout';
import { scenario } from '../src/engine/testing/driver';

const TARGET_EVENTS = 1_000_000;
const TICKERS = 1_000;
const root = new URL('..', import.meta.url).pathname;

/** A thousand resources that each report on a jittered period: the engine's hot loop and nothing else. */
const synthetic: ServiceModule = {
  service: 'bench',
  operations: {},
  timers: {
    'bench.tick': (ctx, payload: { id: number }) => {
      ctx.emit({ source: 'cicdlab.bench', detailType: 'Tick', resources: [], detail: payload });
      ctx.schedule(nextInt(ctx.world.rng, 500, 1500), 'bench.tick', payload);
    },
  },
};

function engineThroughput() {
  const loaded = loadScenario(JSON.stringify(scenario({ name: 'bench' })));
  if (!loaded.ok) throw new Error('bench scenario invalid');
  const sim = new Simulation(createWorld(loaded.scenario), [...SERVICES, synthetic]);
  for (let id = 0; id < TICKERS; id++) sim.schedule(id, 'bench.tick', { id });
  let events = 0;
  let horizon = 0;
  const started = performance.now();
  while (events < TARGET_EVENTS) {
    horizon += 60_000;
    sim.advanceTo(horizon, (batch) => {
      events += batch.length;
    });
  }
  const seconds = (performance.now() - started) / 1000;

  const sample = Array.from({ length: 100_000 }, (_, i) => ({
    seq: i,
    at: sim.now,
    source: 's',
    detailType: 'd',
    resources: [],
    detail: {},
  }));
  const formatStarted = performance.now();
  for (const e of sample) toEventBridge(sim.world, e);
  const formatSeconds = (performance.now() - formatStarted) / 1000;
  return {
    engineEvents: events,
    engineSeconds: Number(seconds.toFixed(3)),
    engineEventsPerSecond: Math.round(events / seconds),
    eventBridgeFormatPerSecond: Math.round(sample.length / formatSeconds),
  };
}

/** The editor's validation of the largest real buildspec in the corpus (88 KB), warm, median of runs. */
function buildspecValidation() {
  const corpusFile = join(root, '../shared/corpus/edge/amplify-cli-e2e-workflow-generated-88kb.yml');
  const text = readFileSync(corpusFile, 'utf8');
  for (let i = 0; i < 5; i++) parseBuildspec(text);
  const runs = Array.from({ length: 21 }, () => {
    const started = performance.now();
    parseBuildspec(text);
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return { buildspecValidateMs: Number((runs[10] as number).toFixed(2)) };
}

/** Warm median of 21 runs, in milliseconds. */
function medianMs(run: () => unknown): number {
  for (let i = 0; i < 5; i++) run();
  const runs = Array.from({ length: 21 }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return Number((runs[10] as number).toFixed(2));
}

/**
 * The designer's work on a pipeline at the quota sizes (50 stages, 500 actions): the CreatePipeline checks it runs
 * on every edit, and the dagre layout of the same graph (the designer's own layout function).
 */
function pipelineDesign() {
  const pipeline = largePipeline(BENCH_STAGES, BENCH_ACTIONS);
  if (validateDeclaration(pipeline).length > 0) throw new Error('the quota-sized bench pipeline is not valid');
  return {
    pipelineValidateMs: medianMs(() => validateDeclaration(pipeline)),
    pipelineLayoutMs: medianMs(() => layoutPipeline(pipeline)),
  };
}

/** A typical four-phase build (install, pre_build, build, post_build) simulated end to end; warm, median of runs. */
function buildThroughput() {
  const builds = 3000;
  simulateTypicalBuilds(builds);
  const rates = Array.from({ length: 3 }, () => {
    const started = performance.now();
    const result = simulateTypicalBuilds(builds);
    const seconds = (performance.now() - started) / 1000;
    if (result.succeeded !== builds) throw new Error(`only ${result.succeeded} of ${builds} typical builds succeeded`);
    return builds / seconds;
  }).sort((a, b) => a - b);
  return { buildSimulationsPerSecond: Math.round(rates[1] as number) };
}

/** A 1,000-instance OneAtATime in-place deployment behind a load balancer, every hook running its script; warm, median of runs. */
function deploymentRun() {
  simulateOneAtATimeDeployment(100);
  const runs = Array.from({ length: 7 }, () => {
    const deploy = prepareOneAtATimeDeployment(1000);
    const started = performance.now();
    const result = deploy();
    const ms = performance.now() - started;
    if (result.succeeded !== 1000) throw new Error(`only ${result.succeeded} of 1000 instances succeeded`);
    return ms;
  }).sort((a, b) => a - b);
  return { deploy1000OneAtATimeMs: Math.round(runs[3] as number) };
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

function bundleSizes() {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // What the browser must fetch before first paint: the entry module and its preloaded imports.
  const initial = new Set(
    [
      ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ].map((m) => join(dist, (m[1] ?? m[2] ?? '').replace(/^\.\//, ''))),
  );
  const chunks = [...files(dist)]
    .filter((p) => p.endsWith('.js'))
    .map((p) => ({
      file: relative(dist, p),
      bytes: statSync(p).size,
      gzipBytes: gzipSync(readFileSync(p), { level: 9 }).length,
      initial: initial.has(p),
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (list: typeof chunks) => list.reduce((n, c) => n + c.gzipBytes, 0);
  return {
    initialJsGzipBytes: sum(chunks.filter((c) => c.initial)),
    totalJsGzipBytes: sum(chunks),
    chunks,
  };
}

const engine = engineThroughput();
const specs = buildspecValidation();
const pipelines = pipelineDesign();
const builds = buildThroughput();
const deployments = deploymentRun();
const bundle = bundleSizes();
const result = {
  ...engine,
  ...specs,
  ...pipelines,
  ...builds,
  ...deployments,
  initialJsGzipBytes: bundle.initialJsGzipBytes,
  totalJsGzipBytes: bundle.totalJsGzipBytes,
  targets: {
    engineEventsPerSecond: { min: 1_000_000, met: engine.engineEventsPerSecond >= 1_000_000 },
    initialJsGzipBytes: { max: 180 * 1024, met: bundle.initialJsGzipBytes <= 180 * 1024 },
    buildspecValidateMs: { max: 50, met: specs.buildspecValidateMs <= 50 },
    pipelineValidateMs: { max: 20, met: pipelines.pipelineValidateMs <= 20 },
    pipelineLayoutMs: { max: 200, met: pipelines.pipelineLayoutMs <= 200 },
    buildSimulationsPerSecond: { min: 5000, met: builds.buildSimulationsPerSecond >= 5000 },
    deploy1000OneAtATimeMs: { max: 250, met: deployments.deploy1000OneAtATimeMs <= 250 },
  },
  chunks: bundle.chunks,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
