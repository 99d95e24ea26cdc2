// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamListEditor } from './upstream-list-editor';

function Harness({ initial }: { initial: string[] }) {
  const [value, setValue] = useState(initial);
  return <UpstreamListEditor value={value} onChange={setValue} candidates={['team', 'npm-store', 'pypi-store']} />;
}

const order = () =>
  within(screen.getByRole('list', { name: 'Upstream repositories in priority order' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent?.replace(/(↑|↓|Remove)/g, '').trim());

afterEach(cleanup);

describe('UpstreamListEditor', () => {
  it('reorders, removes and adds upstreams, the position being the priority', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['team', 'npm-store']} />);
    expect(order()).toEqual(['1team', '2npm-store']);
    await user.click(screen.getByRole('button', { name: 'Move npm-store up' }));
    expect(order()).toEqual(['1npm-store', '2team']);
    await user.click(screen.getByRole('button', { name: 'Remove team' }));
    expect(order()).toEqual(['1npm-store']);
    await user.selectOptions(screen.getByLabelText('Repository to add as an upstream'), 'pypi-store');
    await user.click(screen.getByRole('button', { name: 'Add upstream' }));
    expect(order()).toEqual(['1npm-store', '2pypi-store']);
  });

  it('cannot move the first up or the last down', () => {
    render(<Harness initial={['team', 'npm-store']} />);
    expect(screen.getByRole('button', { name: 'Move team up' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Move npm-store down' })).toHaveProperty('disabled', true);
  });

  it('says the service will refuse more than 10 direct upstreams', () => {
    render(
      <UpstreamListEditor
        value={Array.from({ length: 11 }, (_, i) => `r${i}`)}
        onChange={() => undefined}
        candidates={[]}
      />,
    );
    expect(screen.getByText(/11 upstreams: CodeArtifact allows at most 10 direct upstream repositories/)).toBeTruthy();
  });
});
