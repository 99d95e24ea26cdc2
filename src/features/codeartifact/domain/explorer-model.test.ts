import { describe, expect, it } from 'vitest';
import { nodeStatesAt, packageCoordinates, searchRows, walkedEdgesAt } from './explorer-model';
import { connectionNodeId, repositoryNodeId, toDomainGraph } from './to-domain-graph';

const chain = {
  steps: [
    { repository: 'A', outcome: 'not-found' as const, depth: 0 },
    { repository: 'B', outcome: 'not-found' as const, depth: 1 },
    { repository: 'C', outcome: 'not-found' as const, depth: 2 },
    {
      repository: 'C',
      outcome: 'fetched-from-external-connection' as const,
      externalConnection: 'public:npmjs',
      depth: 2,
    },
  ],
};

describe('the explorer’s search path', () => {
  it('reads A, B, C, then the public registry through C', () => {
    const rows = searchRows(chain);
    expect(rows.map((r) => r.label)).toEqual(['A', 'B', 'C', 'public:npmjs']);
    expect(rows[3]).toMatchObject({ nodeId: connectionNodeId('public:npmjs'), through: 'C', depth: 3 });
  });

  it('lights the registry for a connection step whatever it answered', () => {
    const rows = searchRows({
      steps: [{ repository: 'C', outcome: 'not-found', externalConnection: 'public:pypi', depth: 0 }],
    });
    expect(rows).toEqual([
      { nodeId: connectionNodeId('public:pypi'), label: 'public:pypi', outcome: 'not-found', depth: 1, through: 'C' },
    ]);
  });

  it('marks the row just shown as current and earlier ones with their outcome', () => {
    const rows = searchRows(chain);
    expect(nodeStatesAt(rows, 0)).toEqual({});
    expect(nodeStatesAt(rows, 2)).toEqual({ [repositoryNodeId('A')]: 'not-found', [repositoryNodeId('B')]: 'current' });
    expect(nodeStatesAt(rows, 4)).toEqual({
      [repositoryNodeId('A')]: 'not-found',
      [repositoryNodeId('B')]: 'not-found',
      [repositoryNodeId('C')]: 'not-found',
      [connectionNodeId('public:npmjs')]: 'fetched-from-external-connection',
    });
  });

  it('walks the edge from a parent to each upstream, even after a sibling’s subtree', () => {
    const graph = toDomainGraph([
      { name: 'my_repo', upstreams: [{ repositoryName: 'A' }, { repositoryName: 'B' }] },
      { name: 'A', upstreams: [{ repositoryName: 'C' }] },
      { name: 'B' },
      { name: 'C' },
    ]);
    const rows = searchRows({
      steps: ['my_repo', 'A', 'C', 'B'].map((repository, i) => ({
        repository,
        outcome: 'not-found' as const,
        depth: i,
      })),
    });
    expect([...walkedEdgesAt(rows, 4, graph.edges)].sort()).toEqual(
      [
        `${repositoryNodeId('A')}->${repositoryNodeId('C')}`,
        `${repositoryNodeId('my_repo')}->${repositoryNodeId('A')}`,
        `${repositoryNodeId('my_repo')}->${repositoryNodeId('B')}`,
      ].sort(),
    );
    expect([...walkedEdgesAt(rows, 2, graph.edges)]).toEqual([
      `${repositoryNodeId('my_repo')}->${repositoryNodeId('A')}`,
    ]);
  });

  it('does not walk to the repositories after the hit', () => {
    const graph = toDomainGraph([
      { name: 'app', upstreams: [{ repositoryName: 'npm-store' }, { repositoryName: 'pypi-store' }] },
      { name: 'npm-store' },
      { name: 'pypi-store' },
    ]);
    const rows = searchRows({
      steps: [
        { repository: 'app', outcome: 'not-found', depth: 0 },
        { repository: 'npm-store', outcome: 'found', depth: 1 },
        { repository: 'pypi-store', outcome: 'not-searched', depth: 1 },
      ],
    });
    expect([...walkedEdgesAt(rows, 3, graph.edges)]).toEqual([
      `${repositoryNodeId('app')}->${repositoryNodeId('npm-store')}`,
    ]);
  });
});

describe('packageCoordinates', () => {
  it('takes the npm scope and the Maven group out of the name as the API wants them', () => {
    expect(packageCoordinates('npm', '', '@demo/ui-kit')).toEqual({ namespace: 'demo', package: 'ui-kit' });
    expect(packageCoordinates('maven', '', 'com.google.guava:guava')).toEqual({
      namespace: 'com.google.guava',
      package: 'guava',
    });
    expect(packageCoordinates('pypi', '', ' requests ')).toEqual({ package: 'requests' });
  });

  it('keeps a namespace typed in its own field', () => {
    expect(packageCoordinates('npm', 'demo', 'ui-kit')).toEqual({ namespace: 'demo', package: 'ui-kit' });
  });
});
