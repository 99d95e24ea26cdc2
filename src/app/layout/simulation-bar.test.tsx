// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { engineStore } from '../../api/simulation/engine-store';
import { clockAt, fakeEngineClient, runWorld } from '../../components/testing/fake-engine-client';
import { SimulationBar } from './simulation-bar';

afterEach(cleanup);

const bar = () => screen.getByRole('toolbar', { name: 'Simulation' });

describe('the simulation bar', () => {
  it('says the account is starting before the engine reports', () => {
    engineStore.setState({ client: undefined, clock: undefined, boot: { phase: 'starting' } });
    render(<SimulationBar />);
    expect(within(bar()).getByRole('status').textContent).toContain('Starting the simulated AWS account…');
    expect((within(bar()).getByRole('button', { name: 'Pause' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows virtual time, the simulated instant, the speed and the next event', () => {
    const { client } = fakeEngineClient();
    runWorld(client, clockAt(192_000, { speed: 'paused', nextAt: 360_000 }));
    render(<SimulationBar />);
    expect(screen.getByTestId('sim-clock').textContent).toContain('00:03:12');
    expect(bar().textContent).toContain('Mon 5 Jan 2026 09:03:12 UTC');
    expect(bar().textContent).toContain('next event in 2m 48s');
    expect(within(bar()).getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(bar()).getByRole('button', { name: '10×' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('follows the clock as it streams in', async () => {
    const { client } = fakeEngineClient();
    runWorld(client, clockAt(0, { speed: 60 }));
    render(<SimulationBar />);
    engineStore.setState({ clock: clockAt(26 * 3_600_000, { speed: 60 }) });
    await screen.findByText('1d 02:00:00');
    expect(bar().textContent).toContain('no events scheduled');
    expect(within(bar()).getByRole('button', { name: '60×' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('sends speed, step and advance to the engine', async () => {
    const user = userEvent.setup();
    const { client, calls } = fakeEngineClient();
    runWorld(client);
    render(<SimulationBar />);
    for (const name of ['1×', '10×', '60×', '600×', 'Max', 'Pause']) {
      await user.click(within(bar()).getByRole('button', { name }));
    }
    await user.click(screen.getByRole('button', { name: 'Step to next event' }));
    await user.click(screen.getByRole('button', { name: 'Advance 1 minute' }));
    await user.click(screen.getByRole('button', { name: 'Advance 10 minutes' }));
    expect(calls).toEqual([
      'setSpeed(1)',
      'setSpeed(10)',
      'setSpeed(60)',
      'setSpeed(600)',
      'setSpeed("max")',
      'setSpeed("paused")',
      'step()',
      'advance(60000)',
      'advance(600000)',
    ]);
  });

  it('cannot drive a world that another tab runs', () => {
    const { client } = fakeEngineClient();
    runWorld(client);
    engineStore.setState({ ownership: 'standby' });
    render(<SimulationBar />);
    expect((screen.getByRole('button', { name: 'Step to next event' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
