// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { engineStore } from '../../api/simulation/engine-store';
import { clockAt, fakeEngineClient, runWorld } from '../../components/testing/fake-engine-client';
import { renderRoutes } from '../../components/testing/render-route';
import { ConsoleLayout } from './console-layout';

const resolveScenarioConflict = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('../boot/bootstrap', () => ({ resolveScenarioConflict }));

afterEach(cleanup);

function renderConsole(path = '/') {
  return renderRoutes(
    [
      {
        path: '/',
        Component: ConsoleLayout,
        children: [
          { index: true, element: <h1>Dashboard</h1> },
          { path: 'codecommit', element: <h1>Repositories</h1> },
          { path: 'events', element: <h1>Events</h1> },
        ],
      },
    ],
    path,
  );
}

describe('the console shell', () => {
  let calls: string[];

  beforeEach(() => {
    const fake = fakeEngineClient();
    calls = fake.calls;
    runWorld(fake.client, clockAt(0, { speed: 10 }));
  });

  it('lists the services in order and marks the current one', () => {
    renderConsole('/codecommit');
    const nav = screen.getByRole('navigation', { name: 'Services' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Dashboard',
      'Source · CodeCommit',
      'Artifacts · CodeArtifact',
      'Build · CodeBuild',
      'Build · Parameters & secrets',
      'Deploy · CodeDeploy',
      'Pipeline · CodePipeline',
      'Code reviews · CodeGuru',
      'Events',
      'Labs',
    ]);
    expect(within(nav).getByRole('link', { name: 'Source · CodeCommit' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBeNull();
  });

  it('shows the scenario and a skip link that moves focus to the page', async () => {
    const user = userEvent.setup();
    renderConsole();
    expect(screen.getByRole('banner').textContent).toContain('demo');
    await user.click(screen.getByRole('link', { name: 'Skip to main content' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('pauses and resumes at the last speed with Space, and steps with .', async () => {
    const user = userEvent.setup();
    renderConsole();
    await user.keyboard(' ');
    engineStore.setState({ clock: clockAt(0, { speed: 'paused' }) });
    await user.keyboard(' ');
    await user.keyboard('.');
    expect(calls).toEqual(['setSpeed("paused")', 'setSpeed(10)', 'step()']);
  });

  it('leaves keys alone while the user types', async () => {
    const user = userEvent.setup();
    const { router } = renderConsole();
    const field = document.createElement('input');
    screen.getByRole('main').append(field);
    field.focus();
    await user.keyboard(' .ge');
    expect(calls).toEqual([]);
    expect(router.state.location.pathname).toBe('/');
  });

  it('jumps with g d, g c and g e', async () => {
    const user = userEvent.setup();
    const { router } = renderConsole();
    await user.keyboard('ge');
    expect(router.state.location.pathname).toBe('/events');
    await user.keyboard('gc');
    expect(router.state.location.pathname).toBe('/codecommit');
    await user.keyboard('gd');
    expect(router.state.location.pathname).toBe('/');
  });

  it('lists the shortcuts on ? and closes the list on Escape', async () => {
    const user = userEvent.setup();
    renderConsole();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.textContent).toContain('Pause or resume the simulation');
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('resets the world only after the user confirms', async () => {
    const user = userEvent.setup();
    renderConsole();
    await user.click(screen.getByRole('button', { name: 'World' }));
    await user.click(screen.getByRole('menuitem', { name: 'Reset world' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain(
      'Reset the world to the start of scenario demo? Everything done since is lost.',
    );
    expect(calls).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Reset world' }));
    expect(calls).toEqual(['reset()']);
  });

  it('offers the World actions as a keyboard menu', async () => {
    const user = userEvent.setup();
    renderConsole();
    screen.getByRole('button', { name: 'World' }).focus();
    await user.keyboard('{ArrowDown}');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Reset world', 'Export world', 'Import world…']);
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.getByRole('dialog', { name: 'Import world' })).toBeTruthy();
  });

  it('shows a start-up notice until it is dismissed', async () => {
    const user = userEvent.setup();
    engineStore.setState({ notice: 'There is no scenario named "nope". The demo world was opened instead.' });
    renderConsole();
    expect(screen.getByText(/The demo world was opened instead/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText(/The demo world was opened instead/)).toBeNull();
  });
});

describe('boot states', () => {
  it('explains a failed start and offers a reload', () => {
    engineStore.setState({
      boot: { phase: 'failed', message: 'The simulation engine did not start within 10 seconds.' },
    });
    renderConsole();
    expect(screen.getByRole('heading', { name: 'The simulation engine could not start' })).toBeTruthy();
    expect(screen.getByText('The simulation engine did not start within 10 seconds.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Open without the scenario/ })).toBeNull();
  });

  it('offers to drop a scenario link that failed to open', () => {
    history.replaceState(null, '', '/?scenario=broken#/codecommit');
    engineStore.setState({ boot: { phase: 'failed', message: 'The scenario broken could not be loaded.' } });
    renderConsole();
    const link = screen.getByRole('link', { name: 'Open without the scenario broken' });
    expect(link.getAttribute('href')).toBe('/#/codecommit');
    history.replaceState(null, '', '/');
  });

  it('asks before a link replaces the saved world', async () => {
    const user = userEvent.setup();
    engineStore.setState({
      boot: { phase: 'conflict', savedScenario: 'demo', savedNow: 720_000, requestedScenario: 'labs-first-build' },
    });
    renderConsole();
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain(
      'This link opens scenario labs-first-build. Your saved world (scenario demo, at 00:12:00) would be replaced.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep my world' }));
    expect(resolveScenarioConflict).toHaveBeenLastCalledWith('keep-saved');
    await user.click(within(dialog).getByRole('button', { name: 'Open labs-first-build' }));
    expect(resolveScenarioConflict).toHaveBeenLastCalledWith('open-requested');
  });

  it('blocks a tab whose world runs elsewhere until the user takes it over', async () => {
    const user = userEvent.setup();
    const { client, calls } = fakeEngineClient();
    runWorld(client);
    engineStore.setState({ ownership: 'standby' });
    renderConsole();
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain(
      "This world is open in another tab. Only one tab runs it at a time, so the two can never overwrite each other's changes.",
    );
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBe(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Use it in this tab' }));
    expect(calls).toEqual(['takeOver()']);
  });
});
