// @vitest-environment jsdom
import { cleanup, configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockAwsServer } from '../../mocks/node';
import { markApiReady } from '../api/aws-call';
import { engineStore } from '../api/simulation/engine-store';
import type { EventBridgeEvent } from '../engine/core/events';
import { DEMO_START, clockAt, fakeEngineClient, runWorld } from '../components/testing/fake-engine-client';
import { renderRoutes } from '../components/testing/render-route';
import { inProcessClient } from '../worker/in-process-client';
import type { EngineClient } from '../worker/protocol';
import { appRoutes } from './router';

/*
 * The console's screens against the mocked AWS API, each test on a fresh paused demo world.
 * (test/mock-aws.ts finds the demo scenario through `new URL(…, import.meta.url)`, which
 * jsdom's URL resolves to http:, so the world is started here from the project root.)
 */
const demoText = readFileSync(resolve(process.cwd(), 'public/scenarios/demo.json'), 'utf8');
let engine: EngineClient | undefined;
const server = mockAwsServer(() => engine);

// Pages are lazy chunks; the first one a test opens takes a moment to load.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  markApiReady();
});
beforeEach(async () => {
  engine = inProcessClient();
  await engine.boot({ name: 'demo', text: demoText }, false);
  await engine.setSpeed('paused');
  runWorld(fakeEngineClient().client, clockAt(5 * 60_000));
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const open = (path: string) => renderRoutes(appRoutes, path);
const main = () => screen.getByRole('tabpanel');
const tile = (name: string) => screen.findByRole('region', { name });

describe('the dashboard', () => {
  it('lists the repositories in the Source tile, each linking to its page', async () => {
    open('/');
    const source = await tile('Source');
    const link = await within(source).findByRole('link', { name: 'demo-webapp' });
    expect(link.getAttribute('href')).toBe('/codecommit/repositories/demo-webapp');
    expect(within(source).getByRole('link', { name: 'demo-infrastructure' })).toBeTruthy();
    // Seeded repositories are dated by their last commit (demo-infrastructure's was two days before the start).
    expect(source.textContent).toContain('2 days ago');
  });

  it('explains each service that has nothing yet and links to it', async () => {
    open('/');
    const pipelines = await tile('Pipelines');
    expect(within(pipelines).getByRole('link', { name: 'Open CodePipeline' }).getAttribute('href')).toBe(
      '/codepipeline',
    );
    const builds = await tile('Builds');
    expect(within(builds).getByRole('link', { name: 'Open CodeBuild' }).getAttribute('href')).toBe('/codebuild');
    for (const name of ['Deployments', 'Open alarms', 'Waiting on you']) expect(await tile(name)).toBeTruthy();
  });

  it('shows the latest events, newest first, each opening the event', async () => {
    const event = (i: number): EventBridgeEvent => ({
      version: '0',
      id: `e${i}`,
      'detail-type': 'CodeCommit Repository State Change',
      source: 'aws.codecommit',
      account: '123456789012',
      time: new Date(DEMO_START + i * 60_000).toISOString().replace('.000', ''),
      region: 'us-east-1',
      resources: [],
      detail: {
        event: 'referenceUpdated',
        repositoryName: 'demo-webapp',
        referenceName: 'main',
        commitId: 'dbafc3b0f9',
      },
    });
    engineStore.setState({ events: Array.from({ length: 10 }, (_, i) => event(i)) });
    open('/');
    const links = within(await tile('Latest events'))
      .getAllByRole('link')
      .slice(1);
    expect(links).toHaveLength(8);
    expect(links[0]?.getAttribute('href')).toBe('/events?event=e9');
    expect(links[0]?.textContent).toContain('00:09:00');
    expect(links[0]?.textContent).toContain('demo-webapp: main updated to dbafc3b');
  });
});

describe('repository list', () => {
  it('lists the repositories with their descriptions', async () => {
    open('/codecommit');
    const table = await screen.findByRole('table', { name: 'Repositories' });
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(names).toEqual(['demo-infrastructure', 'demo-webapp']);
    expect(table.textContent).toContain('Node.js web service built by CodeBuild and deployed by CodeDeploy.');
  });

  it('shows the service refusal as sent and keeps what was typed', async () => {
    const user = userEvent.setup();
    open('/codecommit');
    await user.click(await screen.findByRole('button', { name: 'Create repository' }));
    await user.type(screen.getByLabelText('Repository name'), 'demo-webapp');
    await user.type(screen.getByLabelText('Description'), 'a second one');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'RepositoryNameExistsException: Repository named demo-webapp already exists',
    );
    expect((screen.getByLabelText('Repository name') as HTMLInputElement).value).toBe('demo-webapp');
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe('a second one');
  });

  it('opens a new repository, empty, with how to add the first file', async () => {
    const user = userEvent.setup();
    const { router } = open('/codecommit?create');
    await user.type(await screen.findByLabelText('Repository name'), 'brand-new');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('This repository is empty')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/codecommit/repositories/brand-new');
    expect(main().textContent).toContain('git clone https://git-codecommit.us-east-1.amazonaws.com/v1/repos/brand-new');
  });
});

describe('repository pages', () => {
  it('lists folders first, then files, with the README as plain text', async () => {
    open('/codecommit/repositories/demo-webapp');
    const table = await screen.findByRole('table', { name: 'Contents of the root folder' });
    const names = within(table)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toEqual(['scripts', 'src', 'tests', 'appspec.yml', 'buildspec.yml', 'package.json', 'README.md']);
    expect(await within(main()).findByText(/The service answers `GET \/health`/)).toBeTruthy();
    expect((screen.getByLabelText('Branch') as HTMLSelectElement).value).toBe('main');
  });

  it('browses another branch, whose name holds a slash', async () => {
    open('/codecommit/repositories/demo-webapp/browse/feature%2Fdark-mode/src');
    expect(await screen.findByRole('link', { name: 'styles.css' })).toBeTruthy();
    expect((screen.getByLabelText('Branch') as HTMLSelectElement).value).toBe('feature/dark-mode');
  });

  it('shows a file with line numbers, size and blob ID', async () => {
    open('/codecommit/repositories/demo-webapp/file/main/src/greeting.js');
    const contents = await screen.findByLabelText('Contents of src/greeting.js');
    expect(contents.textContent).toBe('exports.greeting = (name) => `Hello, ${name}!`;\n');
    expect(main().textContent).toMatch(/\d+ B · 1 lines/);
    expect(main().textContent).toMatch(/Blob ID [0-9a-f]{40}/);
  });

  it('lists the history of a branch, newest first, and opens a commit', async () => {
    const user = userEvent.setup();
    open('/codecommit/repositories/demo-webapp');
    await user.click(await screen.findByRole('tab', { name: 'Commits' }));
    const table = await screen.findByRole('table', { name: 'Commits on main, newest first' });
    const messages = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(messages).toEqual([
      'Serve a health check for the load balancer',
      'Add appspec and lifecycle scripts for CodeDeploy',
      'Add buildspec for CodeBuild',
      'Initial commit: web service and tests',
    ]);
    await user.click(within(table).getAllByRole('link')[0] as HTMLElement);
    expect((await screen.findByText('Author', { selector: 'dt' })).nextElementSibling?.textContent).toBe(
      'Bo Lindqvist <bo@example.com>, 4 Jan 2026 16:20 UTC',
    );
    expect(screen.getByText('Parent', { selector: 'dt' }).nextElementSibling?.textContent).toMatch(/^[0-9a-f]{7}$/);
  });

  it('says clearly when a repository or file does not exist', async () => {
    open('/codecommit/repositories/nope');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Repository nope was not found');
    expect(alert.textContent).toContain('RepositoryDoesNotExistException');
    expect(within(alert).getByRole('link', { name: 'Back to repositories' })).toBeTruthy();
    cleanup();
    open('/codecommit/repositories/demo-webapp/file/main/missing.txt');
    expect((await screen.findByRole('alert')).textContent).toContain('FileDoesNotExistException');
  });

  it('deletes a repository only once its name is typed', async () => {
    const user = userEvent.setup();
    const { router } = open('/codecommit/repositories/demo-infrastructure/settings');
    await user.click(await screen.findByRole('button', { name: 'Delete repository' }));
    const dialog = screen.getByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Delete repository' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await user.type(within(dialog).getByRole('textbox'), 'demo-infrastructure');
    await user.click(confirm);
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/codecommit'));
  });
});
