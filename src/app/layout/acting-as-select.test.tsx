// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mockAwsServer } from '../../../mocks/node';
import { markApiReady } from '../../api/aws-call';
import { accessKeyIdFor } from '../../engine/iam/principals';
import { useIdentityStore } from '../../stores/identity-store';
import { inProcessClient } from '../../worker/in-process-client';
import type { EngineClient } from '../../worker/protocol';
import { ActingAsSelect } from './acting-as-select';

const scenarioText = readFileSync(resolve(process.cwd(), 'public/scenarios/pull-requests.json'), 'utf8');
let engine: EngineClient | undefined;
const server = mockAwsServer(() => engine);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  markApiReady();
});
beforeEach(async () => {
  localStorage.clear();
  useIdentityStore.setState({ identity: undefined });
  engine = inProcessClient();
  await engine.boot({ name: 'pull-requests', text: scenarioText }, false);
  await engine.setSpeed('paused');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

function renderSelect() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ActingAsSelect />
    </QueryClientProvider>,
  );
  return screen.getByLabelText('Acting as') as HTMLSelectElement;
}

describe('Acting as', () => {
  it('offers the users and roles IAM lists, the default user first chosen', async () => {
    const select = renderSelect();
    await waitFor(() => expect(select.value).toBe('user:ana'));
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toEqual(['ana (default)', 'ben', 'cleo', 'intern', 'CodeCommitReview (role)']);
  });

  it("signs as the chosen user with that user's key, and as nobody for the default user", async () => {
    const select = renderSelect();
    await waitFor(() => expect(select.value).toBe('user:ana'));
    await userEvent.selectOptions(select, 'user:ben');
    expect(useIdentityStore.getState().identity).toEqual({
      kind: 'user',
      name: 'ben',
      accessKeyId: accessKeyIdFor('user', 'ben'),
    });
    await userEvent.selectOptions(select, 'role:CodeCommitReview');
    expect(useIdentityStore.getState().identity?.accessKeyId).toBe(accessKeyIdFor('role', 'CodeCommitReview'));
    await userEvent.selectOptions(select, 'user:ana');
    expect(useIdentityStore.getState().identity).toBeUndefined();
  });

  it('falls back to the default user when the saved identity is not in this world', async () => {
    useIdentityStore.setState({ identity: { kind: 'user', name: 'zoe', accessKeyId: 'AKIAZOE' } });
    const select = renderSelect();
    await waitFor(() => expect(useIdentityStore.getState().identity).toBeUndefined());
    expect(select.value).toBe('user:ana');
  });
});
