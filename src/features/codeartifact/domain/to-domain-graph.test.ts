import { describe, expect, it } from 'vitest';
import { connectionNodeId, repositoryNodeId, toDomainGraph } from './to-domain-graph';

const repo = (name: string, upstreams: string[] = [], connection?: string) => ({
  name,
  upstreams: upstreams.map((repositoryName) => ({ repositoryName })),
  externalConnections: connection ? [{ externalConnectionName: connection, packageFormat: 'npm' as const }] : [],
});

describe('toDomainGraph', () => {
  it('numbers upstream edges by priority and gives each public registry one node', () => {
    const g = toDomainGraph([
      repo('app', ['team', 'npm-store']),
      repo('team', ['npm-store']),
      repo('npm-store', [], 'public:npmjs'),
      repo('other', [], 'public:npmjs'),
    ]);
    expect(g.edges.filter((e) => e.source === repositoryNodeId('app')).map((e) => [e.target, e.priority])).toEqual([
      [repositoryNodeId('team'), 1],
      [repositoryNodeId('npm-store'), 2],
    ]);
    expect(g.nodes.filter((n) => n.kind === 'connection').map((n) => n.id)).toEqual([connectionNodeId('public:npmjs')]);
    expect(g.edges.filter((e) => e.kind === 'connection').map((e) => e.source)).toEqual([
      repositoryNodeId('npm-store'),
      repositoryNodeId('other'),
    ]);
  });

  it('places downstream repositories left of their upstreams', () => {
    const g = toDomainGraph([repo('A', ['B']), repo('B', ['C']), repo('C', [], 'public:npmjs')]);
    const x = (id: string) => g.nodes.find((n) => n.id === id)?.x ?? NaN;
    expect(x(repositoryNodeId('A'))).toBeLessThan(x(repositoryNodeId('B')));
    expect(x(repositoryNodeId('B'))).toBeLessThan(x(repositoryNodeId('C')));
    expect(x(repositoryNodeId('C'))).toBeLessThan(x(connectionNodeId('public:npmjs')));
  });

  it('still draws an upstream the list does not describe', () => {
    const g = toDomainGraph([repo('A', ['gone'])]);
    expect(g.nodes.map((n) => n.name)).toEqual(['A', 'gone']);
  });
});
