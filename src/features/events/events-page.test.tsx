// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { engineStore } from '../../api/simulation/engine-store';
import type { EventBridgeEvent } from '../../engine/core/events';
import { DEMO_START, clockAt, fakeEngineClient, runWorld } from '../../components/testing/fake-engine-client';
import { renderRoutes } from '../../components/testing/render-route';
import { EventsPage } from './events-page';

const push = (i: number, branch: string, source = 'aws.codecommit'): EventBridgeEvent => ({
  version: '0',
  id: `event-${i}`,
  'detail-type': source === 'aws.codecommit' ? 'CodeCommit Repository State Change' : 'Scripted Push Failed',
  source,
  account: '123456789012',
  time: new Date(DEMO_START + i * 60_000).toISOString().replace('.000', ''),
  region: 'us-east-1',
  resources: ['arn:aws:codecommit:us-east-1:123456789012:demo-webapp'],
  detail: {
    event: 'referenceUpdated',
    repositoryName: 'demo-webapp',
    referenceName: branch,
    commitId: `${i}abcdef0123`,
  },
});

const FEED = [push(3, 'main'), push(9, 'feature/dark-mode'), push(12, 'main', 'cicdlab.simulator')];

const open = (path = '/events') => renderRoutes([{ path: '/events', Component: EventsPage }], path);
const rows = () => screen.getAllByTestId('event-row');

beforeEach(() => {
  // jsdom has no layout; the virtualised list needs a viewport to render rows into.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900);
  runWorld(fakeEngineClient().client, clockAt(12 * 60_000));
  engineStore.setState({ events: FEED });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the Events view', () => {
  it('explains EventBridge while nothing has happened', () => {
    engineStore.setState({ events: [] });
    open();
    expect(screen.getByText(/EventBridge is the account's event bus/)).toBeTruthy();
  });

  it('opens filtered by the source and text of a link from another page', () => {
    open('/events?source=aws.codecommit&text=feature%2Fdark-mode');
    expect(rows().map((r) => r.dataset.eventId)).toEqual(['event-9']);
  });

  it('lists events newest first with virtual and ISO time, source, type, resources and a summary', () => {
    open();
    expect(rows().map((r) => r.dataset.eventId)).toEqual(['event-12', 'event-9', 'event-3']);
    const oldest = rows()[2] as HTMLElement;
    expect(oldest.textContent).toContain('00:03:00');
    expect(oldest.textContent).toContain('2026-01-05T09:03:00Z');
    expect(oldest.textContent).toContain('aws.codecommit');
    expect(oldest.textContent).toContain('CodeCommit Repository State Change');
    expect(oldest.textContent).toContain('demo-webapp: main updated to 3abcdef');
  });

  it('filters by source, detail type and text', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(screen.getByLabelText('Source'), 'aws.codecommit');
    expect(rows()).toHaveLength(2);
    await user.type(screen.getByLabelText('Search'), 'DARK-MODE');
    expect(rows().map((r) => r.dataset.eventId)).toEqual(['event-9']);
    expect(screen.getByText('Showing 1 of 3 events')).toBeTruthy();
    await user.clear(screen.getByLabelText('Search'));
    await user.selectOptions(screen.getByLabelText('Source'), '');
    await user.selectOptions(screen.getByLabelText('Detail type'), 'Scripted Push Failed');
    expect(rows().map((r) => r.dataset.eventId)).toEqual(['event-12']);
  });

  it('opens the full JSON of a selected event and keeps it in the address', async () => {
    const user = userEvent.setup();
    const { router } = open();
    await user.click(rows()[1] as HTMLElement);
    expect(router.state.location.search).toBe('?event=event-9');
    const panel = screen.getByRole('complementary', { name: 'Event detail' });
    expect(within(panel).getByTestId('event-json').textContent).toBe(JSON.stringify(FEED[1], null, 2));
    expect(within(panel).getByRole('button', { name: 'Copy JSON' })).toBeTruthy();
  });

  it('deep-links to an event and moves the selection with the arrow keys', async () => {
    const user = userEvent.setup();
    const { router } = open('/events?event=event-12');
    expect(screen.getByTestId('event-json').textContent).toContain('"id": "event-12"');
    expect((screen.getByLabelText('Follow live') as HTMLInputElement).checked).toBe(false);
    rows()[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(router.state.location.search).toBe('?event=event-9');
    expect(document.activeElement?.getAttribute('data-event-id')).toBe('event-9');
  });

  it('says so when a linked event is no longer in the feed', () => {
    open('/events?event=gone');
    expect(screen.getByText(/No event with this ID is in the feed/)).toBeTruthy();
  });
});
