/**
 * `npm run bench:browser [-- --seconds 5 --rounds 3]`: in Chromium, the frame rate while panning the designer's
 * graph of the quota-sized pipeline (50 stages, 500 actions), next to a bare React Flow canvas with as many plain
 * nodes and edges, measured in the same run. Both are production builds (into a temporary directory, not dist/)
 * served by vite preview and panned with the same mouse drags. The last stdout line is one JSON object.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview, type PreviewServer } from 'vite';
import { largePipeline } from '../src/engine/specs/pipeline/bench';
import { toFlowGraph } from '../src/features/codepipeline/graph/to-flow-graph';
import type { BareGraph } from './bench-browser/bare-flow';

const root = new URL('..', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, rounds: { type: 'string', default: '3' } },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
/** Panned before each measurement, unmeasured: the page brought to the front settles and the JIT warms up. */
const WARM_UP_SECONDS = 2;
/** Each drag goes this far and back, so every drag starts on the empty pane it started on the first time. */
const DRAG_PX = 300;
const STEP_PX = 4;
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// The flags the e2e suite uses; software rendering, the same for both pages.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1366, height: 1000 };

/** The pipeline graph's nodes and edges as plain React Flow ones: same ids, absolute places and sizes. */
function bareGraph(declaration = largePipeline()): BareGraph {
  const graph = toFlowGraph(declaration, { editable: true });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    nodes: graph.nodes.map((n) => {
      const parent = n.parentId ? byId.get(n.parentId) : undefined;
      const position = { x: n.position.x + (parent?.position.x ?? 0), y: n.position.y + (parent?.position.y ?? 0) };
      return { id: n.id, position, width: n.width, height: n.height, data: { label: n.id } };
    }),
    edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}

async function buildPages(outDir: string, graph: BareGraph) {
  const logLevel = 'warn' as const;
  await build({ root, logLevel, build: { outDir: join(outDir, 'app'), emptyOutDir: true } });
  const bareRoot = join(root, 'scripts/bench-browser');
  await build({
    configFile: false,
    root: bareRoot,
    base: './',
    logLevel,
    plugins: [react()],
    build: {
      outDir: join(outDir, 'bare'),
      emptyOutDir: true,
      target: 'es2023',
      rollupOptions: { input: join(bareRoot, 'bare-flow.html') },
    },
  });
  writeFileSync(join(outDir, 'bare', 'graph.json'), JSON.stringify(graph));
}

const serve = (outDir: string, configFile: string | false): Promise<PreviewServer> =>
  preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });

const address = (server: PreviewServer) => {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return url;
};

interface Canvas {
  box: { x: number; y: number; width: number; height: number };
  viewport: { x: number; y: number; zoom: number };
}

async function canvasOf(page: Page): Promise<Canvas> {
  const box = await page.locator('.react-flow').first().boundingBox();
  const transform = await page.locator('.react-flow__viewport').first().getAttribute('style');
  const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(transform ?? '');
  if (!box || !match) throw new Error('no React Flow canvas on the page');
  return { box, viewport: { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) } };
}

/** The designer's canvas with the big pipeline imported as a get-pipeline JSON file through the Import dialog. */
async function openDesigner(browser: Browser, base: string, json: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${base}#/codepipeline/new`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a pipeline' });
  await dialog
    .getByLabel('File')
    .setInputFiles({ name: 'quota-sized.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await dialog.getByText('Read as', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Action Source-0', { exact: true }).waitFor();
  return page;
}

async function openBare(browser: Browser, base: string, like: Canvas): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const { width, height } = like.box;
  const query = new URLSearchParams({ ...like.viewport, width, height } as unknown as Record<string, string>);
  await page.goto(`${base}bare-flow.html?${query}`);
  await page.locator('.react-flow__node').first().waitFor();
  return page;
}

/** A point on the empty pane, with room for a drag of DRAG_PX to its left inside the canvas. */
async function emptyPanePoint(page: Page, box: Canvas['box']) {
  const point = await page.evaluate(
    ({ box, drag }) => {
      for (let y = box.y + box.height - 20; y > box.y + 20; y -= 10) {
        for (let x = box.x + box.width - 20; x > box.x + drag + 20; x -= 10) {
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
        }
      }
      return undefined;
    },
    { box, drag: DRAG_PX },
  );
  if (!point) throw new Error('no empty pane to start a drag on');
  return point;
}

// A string, not a function: tsx would wrap the inner named function in a helper the page does not have. One
// loop a page, however many measurements: each measurement only starts the count again.
const COUNT_FRAMES = `
  window.benchFrames = 0;
  window.benchStart = performance.now();
  if (!window.benchCounting) {
    window.benchCounting = true;
    const tick = () => {
      window.benchFrames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
`;

/** One mouse drag on the canvas, DRAG_PX to the left (direction -1) or the right (1), in steps of STEP_PX. */
async function drag(page: Page, from: { x: number; y: number }, direction: -1 | 1) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let moved = STEP_PX; moved <= DRAG_PX; moved += STEP_PX) {
    await page.mouse.move(from.x + direction * moved, from.y);
  }
  await page.mouse.up();
}

/** Pans left and back with the mouse for the given time; the frames the page drew meanwhile, per second. */
async function panFps(page: Page, seconds: number): Promise<number> {
  const canvas = await canvasOf(page);
  const home = await emptyPanePoint(page, canvas.box);
  const away = { x: home.x - DRAG_PX, y: home.y };
  await page.evaluate(COUNT_FRAMES);
  const until = Date.now() + seconds * 1000;
  let drags = 0;
  while (Date.now() < until) {
    await drag(page, drags % 2 === 0 ? home : away, drags % 2 === 0 ? -1 : 1);
    if (drags++ === 0 && Math.abs((await canvasOf(page)).viewport.x - (canvas.viewport.x - DRAG_PX)) > 1) {
      throw new Error('a mouse drag on the empty pane did not pan the canvas');
    }
  }
  const fps = await page.evaluate(
    () =>
      ((window as unknown as { benchFrames: number }).benchFrames * 1000) /
      (performance.now() - (window as unknown as { benchStart: number }).benchStart),
  );
  // Back where the pane under `home` is empty again, for the next measurement.
  if (drags % 2 === 1) await drag(page, away, 1);
  return fps;
}

async function main() {
  if (!CHROMIUM) throw new Error('bench:browser needs Chromium at /usr/bin/chromium');
  const declaration = largePipeline();
  const graph = bareGraph(declaration);
  const outDir = mkdtempSync(join(tmpdir(), 'cicd-lab-bench-browser-'));
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    await buildPages(outDir, graph);
    servers.push(await serve(join(outDir, 'app'), join(root, 'vite.config.ts')));
    servers.push(await serve(join(outDir, 'bare'), false));
    const [appServer, bareServer] = servers as [PreviewServer, PreviewServer];
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const designer = await openDesigner(browser, address(appServer), JSON.stringify({ pipeline: declaration }));
    const bare = await openBare(browser, address(bareServer), await canvasOf(designer));

    const pipeline: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [page, runs] of [
        [designer, pipeline],
        [bare, baseline],
      ] as const) {
        await page.bringToFront();
        await panFps(page, WARM_UP_SECONDS);
        runs.push(await panFps(page, SECONDS));
      }
    }
    const mean = (runs: number[]) => runs.reduce((a, b) => a + b, 0) / runs.length;
    const pipelineGraphPanFps = mean(pipeline);
    const bareReactFlowPanFps = mean(baseline);
    const round1 = (n: number) => Number(n.toFixed(1));
    console.log(
      JSON.stringify({
        pipelineGraphPanFps: round1(pipelineGraphPanFps),
        bareReactFlowPanFps: round1(bareReactFlowPanFps),
        ratio: Number((pipelineGraphPanFps / bareReactFlowPanFps).toFixed(3)),
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        seconds: SECONDS,
        rounds: ROUNDS,
        pipelineGraphRunsFps: pipeline.map(round1),
        bareReactFlowRunsFps: baseline.map(round1),
      }),
    );
  } finally {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
