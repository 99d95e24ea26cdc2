import {
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
  type Edge,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { RepositoryDescription } from '../../../api/codeartifact/wire-types';
import { useDarkMode } from '../../../components/editor/use-dark-mode';
import { DomainNode, type DomainFlowNode } from './domain-node';
import type { NodeState } from './explorer-model';
import { repositoryNodeId, toDomainGraph } from './to-domain-graph';

const nodeTypes: NodeTypes = { domain: DomainNode };
const fitViewOptions = { padding: 0.15, maxZoom: 1 };
const proOptions = { hideAttribution: true };

export interface DomainGraphProps {
  repositories: readonly RepositoryDescription[];
  states?: Readonly<Record<string, NodeState>>;
  walkedEdges?: ReadonlySet<string>;
  /** Repositories the last Fetch left the version in. */
  retainedIn?: readonly string[];
  chosenRepository?: string;
  onChooseRepository?: (name: string) => void;
}

/** The domain drawn: repositories pointing at their upstreams (numbered by priority) and at their public registry. */
export function DomainGraph(props: DomainGraphProps) {
  return (
    <ReactFlowProvider>
      <DomainCanvas {...props} />
    </ReactFlowProvider>
  );
}

function DomainCanvas({
  repositories,
  states = {},
  walkedEdges,
  retainedIn = [],
  chosenRepository,
  onChooseRepository,
}: DomainGraphProps) {
  const dark = useDarkMode();
  const graph = useMemo(() => toDomainGraph(repositories), [repositories]);
  const nodes = useMemo(
    (): DomainFlowNode[] =>
      graph.nodes.map((n) => ({
        id: n.id,
        type: 'domain',
        position: { x: n.x, y: n.y },
        draggable: false,
        connectable: false,
        data: {
          kind: n.kind,
          name: n.name,
          detail: n.detail,
          state: states[n.id],
          retained: n.kind === 'repository' && retainedIn.includes(n.name),
          chosen: n.id === (chosenRepository && repositoryNodeId(chosenRepository)),
        },
      })),
    [graph.nodes, states, retainedIn, chosenRepository],
  );
  const edges = useMemo(
    (): Edge[] =>
      graph.edges.map((e) => {
        const walked = walkedEdges?.has(e.id) ?? false;
        return {
          id: e.id,
          source: e.source,
          target: e.target,
          label: e.priority !== undefined ? String(e.priority) : undefined,
          labelBgPadding: [6, 3] as [number, number],
          labelBgBorderRadius: 9,
          labelStyle: { fontWeight: 700 },
          animated: walked,
          style: {
            strokeWidth: walked ? 2.5 : 1.5,
            strokeDasharray: e.kind === 'connection' && !walked ? '5 4' : undefined,
            stroke: walked ? (dark ? '#7dd3fc' : '#0369a1') : undefined,
          },
          markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
        };
      }),
    [graph.edges, walkedEdges, dark],
  );
  return (
    <div className="h-[22rem] w-full" data-testid="domain-graph">
      <ReactFlow<DomainFlowNode, Edge>
        key={graph.nodes.length}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        colorMode={dark ? 'dark' : 'light'}
        fitView
        fitViewOptions={fitViewOptions}
        proOptions={proOptions}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        onNodeClick={(_e, node) => node.data.kind === 'repository' && onChooseRepository?.(node.data.name)}
        minZoom={0.3}
      >
        <Background gap={20} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
