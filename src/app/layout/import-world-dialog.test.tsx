// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockAt, fakeEngineClient, runWorld } from '../../components/testing/fake-engine-client';
import { useStatusStore } from '../../stores/status-store';
import type { ImportResult } from '../../worker/protocol';
import { ImportWorldDialog } from './import-world-dialog';

afterEach(cleanup);

const scenarioFile = (text: string, name = 'world.json') => new File([text], name, { type: 'application/json' });

function setup(result: ImportResult) {
  const imported: string[] = [];
  const { client } = fakeEngineClient({
    importScenario: async (text) => {
      imported.push(text);
      return result;
    },
    status: async () => clockAt(600_000, { scenarioName: 'shared-lab' }),
  });
  runWorld(client);
  let closed = false;
  render(<ImportWorldDialog onClose={() => (closed = true)} />);
  return { imported, closed: () => closed };
}

describe('Import world', () => {
  it('lists every problem the engine found and stays open', async () => {
    const user = userEvent.setup();
    const problems = ['Line 5, column 3: Not valid JSON: comma expected.', 'Line 9, column 1: seed must be a number.'];
    const { imported, closed } = setup({ ok: false, problems });
    await user.upload(screen.getByLabelText('Scenario file'), scenarioFile('{ broken'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(problems);
    expect(imported).toEqual(['{ broken']);
    expect(closed()).toBe(false);
  });

  it('refuses a file over 25 MB without reading it, naming its size', async () => {
    const user = userEvent.setup();
    const { imported } = setup({ ok: true });
    const big = scenarioFile('{}', 'huge.json');
    Object.defineProperty(big, 'size', { value: 30 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Scenario file'), big);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'huge.json is 30.0 MB; a scenario file can be at most 25.0 MB.',
    );
    expect(imported).toEqual([]);
  });

  it('closes and says which scenario it opened', async () => {
    const user = userEvent.setup();
    const { closed } = setup({ ok: true });
    await user.upload(screen.getByLabelText('Scenario file'), scenarioFile('{"name":"shared-lab"}'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await vi.waitFor(() => expect(closed()).toBe(true));
    expect(useStatusStore.getState().message).toBe('Imported scenario shared-lab');
  });

  it('only accepts JSON files', () => {
    setup({ ok: true });
    expect(screen.getByLabelText('Scenario file').getAttribute('accept')).toBe('.json,application/json');
  });
});
