import { Graph, layout } from '@dagrejs/dagre';
import type { RepositoryDescription } from '../../../api/codeartifact/wire-types';

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 64;

export const repositoryNodeId = (name: string) => `repository:${name}`;
export const connectionNodeId = (name: string) => `connection:${name}`;

export interface DomainGraphNode {
  id: string;
  kind: 'repository' | 'connection';
  /** Repository name or external connection name (`public:npmjs`). */
  name: string;
  /** A repository's description; a connection's package format. */
  detail?: string;
  x: number;
  y: number;
}

export interface DomainGraphEdge {
  id: string;
  source: string;
  target: string;
  kind: 'upstream' | 'connection';
  /** An upstream's priority: 1 is searched first. */
  priority?: number;
}

/**
 * A domain as a graph, downstream on the left: each repository points at its upstreams (numbered by priority)
 * and at its external connection. Repositories sharing a public registry point at one node for it. An upstream
 * naming a repository that is not in the list is still drawn, so a dangling reference shows.
 */
export function toDomainGraph(repositories: readonly RepositoryDescription[]): {
  nodes: DomainGraphNode[];
  edges: DomainGraphEdge[];
  width: number;
  height: number;
} {
  const nodes = new Map<string, Omit<DomainGraphNode, 'x' | 'y'>>();
  const edges: DomainGraphEdge[] = [];
  for (const r of repositories) {
    const name = r.name ?? '';
    nodes.set(repositoryNodeId(name), { id: repositoryNodeId(name), kind: 'repository', name, detail: r.description });
  }
  for (const r of repositories) {
    const from = repositoryNodeId(r.name ?? '');
    (r.upstreams ?? []).forEach((u, index) => {
      const upstream = u.repositoryName ?? '';
      const to = repositoryNodeId(upstream);
      if (!nodes.has(to)) nodes.set(to, { id: to, kind: 'repository', name: upstream });
      edges.push({ id: `${from}->${to}`, source: from, target: to, kind: 'upstream', priority: index + 1 });
    });
    for (const c of r.externalConnections ?? []) {
      const name = c.externalConnectionName ?? '';
      const to = connectionNodeId(name);
      if (!nodes.has(to)) nodes.set(to, { id: to, kind: 'connection', name, detail: c.packageFormat });
      edges.push({ id: `${from}->${to}`, source: from, target: to, kind: 'connection' });
    }
  }

  const graph = new Graph();
  graph.setGraph({ rankdir: 'LR', ranksep: 90, nodesep: 36, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of nodes.keys()) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of edges) graph.setEdge(e.source, e.target);
  layout(graph);
  const placed = [...nodes.values()].map((n) => {
    const p = graph.node(n.id);
    return { ...n, x: Math.round(p.x - NODE_WIDTH / 2), y: Math.round(p.y - NODE_HEIGHT / 2) };
  });
  const { width = 0, height = 0 } = graph.graph();
  return { nodes: placed, edges, width, height };
}
