import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  getNodesBounds,
  useReactFlow,
  useStore,
  useViewport,
  type ReactFlowInstance,
  type Connection,
  type EdgeTypes,
  type IsValidConnection,
  type NodeChange,
  type NodeTypes,
  type OnConnectEnd,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { useDarkMode } from '../../../components/editor/use-dark-mode';
import { ActionNode } from './action-node';
import { ArtifactEdge } from './artifact-edge';
import { GraphCallbacksContext, type GraphCallbacks } from './graph-context';
import type { LiveView } from './live-status';
import { parseNodeId } from './node-ids';
import { StageNode } from './stage-node';
import { dropSlot, type ActionSlot } from './drop-slot';
import { openingViewport, stagesOutOfView, type Box } from './opening-view';
import { TransitionEdge } from './transition-edge';
import { toFlowGraph, type PipelineFlowEdge, type PipelineFlowNode } from './to-flow-graph';

const nodeTypes: NodeTypes = { stage: StageNode, action: ActionNode };
const edgeTypes: EdgeTypes = { artifact: ArtifactEdge, transition: TransitionEdge };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 } };
const fitViewOptions = { padding: 0.08, maxZoom: 1 };
const proOptions = { hideAttribution: true };

export interface ActionRef {
  stageIndex: number;
  actionIndex: number;
}

/** What the designer does with the edits made on the canvas; without it the graph is read-only. */
export interface GraphEditing {
  /** Something from the palette was dropped on a stage (or one of its actions), or on the empty canvas. */
  onDrop(data: DataTransfer, stageIndex: number | undefined): void;
  /** An output artifact was dragged onto an action: it becomes one of that action's input artifacts. */
  onConnectArtifact(artifact: string, target: ActionRef): void;
  onMoveAction(from: ActionRef, to: ActionSlot): void;
  onMoveStage(from: number, to: number): void;
}

export interface PipelineGraphProps {
  declaration: PipelineDeclaration;
  /** Statuses of the latest execution laid over the stages, actions and transitions. */
  live?: LiveView;
  /** Lets actions be dragged and artifacts connected; needs `editing` to do anything with them. */
  editable?: boolean;
  editing?: GraphEditing;
  /** Findings per node id (node-ids.ts): a badge on the node, the messages in its tooltip. */
  problems?: Readonly<Record<string, readonly string[]>>;
  /** The selected node or edge id. */
  selectedId?: string;
  onSelect?: (id: string | undefined) => void;
  onTransitionClick?: GraphCallbacks['onTransitionClick'];
  minimap?: boolean;
  /** Size of the canvas (React Flow needs one); defaults to full width, 28rem high. */
  className?: string;
  /** Overlays inside the canvas (React Flow `<Panel>`s). */
  children?: ReactNode;
}

/**
 * A pipeline as a graph: stages left to right, their actions by runOrder, artifact edges between actions and
 * transitions between stages. The designer edits through it; the pipeline page shows it read-only with the
 * live view.
 */
export function PipelineGraph(props: PipelineGraphProps) {
  return (
    <ReactFlowProvider>
      <GraphCanvas {...props} />
    </ReactFlowProvider>
  );
}

function GraphCanvas({
  declaration,
  live,
  editable = false,
  editing,
  problems,
  selectedId,
  onSelect,
  onTransitionClick,
  minimap = true,
  className = 'h-[28rem] w-full',
  children,
}: PipelineGraphProps) {
  const dark = useDarkMode();
  const graph = useFlowGraph(declaration, live, problems, editable);
  const { nodes, onNodesChange } = useShownNodes(graph.nodes, selectedId);
  const edges = useMemo(
    () => graph.edges.map((e): PipelineFlowEdge => (e.id === selectedId ? { ...e, selected: true } : e)),
    [graph.edges, selectedId],
  );
  const callbacks = useMemo(() => ({ onTransitionClick }), [onTransitionClick]);
  const frame = useRef<HTMLDivElement>(null);
  useRevealSelection(frame, selectedId);

  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!editing) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    [editing],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!editing) return;
      event.preventDefault();
      const nodeId = (event.target as Element).closest('.react-flow__node')?.getAttribute('data-id') ?? undefined;
      editing.onDrop(event.dataTransfer, parseNodeId(nodeId)?.stageIndex);
    },
    [editing],
  );
  const onConnect = useCallback(
    (connection: Connection) => {
      const target = parseNodeId(connection.target);
      const artifact = connection.sourceHandle?.replace(/^out:/, '');
      if (editing && target?.kind === 'action' && artifact) editing.onConnectArtifact(artifact, target);
    },
    [editing],
  );
  // A drag from an output handle released anywhere on an action (not only on its input handle) connects too.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      if (!editing || state.isValid || !state.fromHandle || state.fromHandle.type !== 'source') return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const element = point && document.elementFromPoint(point.clientX, point.clientY);
      const nodeId = element?.closest('.react-flow__node')?.getAttribute('data-id') ?? undefined;
      const target = parseNodeId(nodeId);
      const artifact = state.fromHandle.id?.replace(/^out:/, '');
      if (target?.kind === 'action' && artifact && nodeId !== state.fromNode?.id) {
        editing.onConnectArtifact(artifact, target);
      }
    },
    [editing],
  );
  const isValidConnection: IsValidConnection = useCallback(
    (connection) => connection.source !== connection.target && parseNodeId(connection.target)?.kind === 'action',
    [],
  );
  const onNodeDragStop: OnNodeDrag<PipelineFlowNode> = useCallback(
    (_event, node) => {
      if (!editing) return;
      const ref = parseNodeId(node.id);
      const slot = dropSlot(graph.nodes, node);
      if (ref?.kind === 'action' && slot) editing.onMoveAction(ref, slot);
      else if (ref?.kind === 'stage' && slot && slot.stageIndex !== ref.stageIndex)
        editing.onMoveStage(ref.stageIndex, slot.stageIndex);
      // A drop that changes nothing (or lands nowhere) puts the node back where the layout has it.
      onNodesChange([]);
    },
    [editing, graph.nodes, onNodesChange],
  );

  return (
    <GraphCallbacksContext.Provider value={callbacks}>
      <div ref={frame} className={className} onDragOver={onDragOver} onDrop={onDrop}>
        <ReactFlow<PipelineFlowNode, PipelineFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          defaultEdgeOptions={defaultEdgeOptions}
          onNodesChange={onNodesChange}
          onNodeClick={(_e, node) => onSelect?.(node.id)}
          onEdgeClick={(_e, edge) => editable && onSelect?.(edge.id)}
          onPaneClick={() => onSelect?.(undefined)}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onNodeDragStop={onNodeDragStop}
          nodesDraggable={editable}
          nodesConnectable={editable}
          elementsSelectable
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          disableKeyboardA11y
          onlyRenderVisibleElements
          onInit={(flow) => openingView(flow, frame.current)}
          minZoom={0.05}
          colorMode={dark ? 'dark' : 'light'}
          proOptions={proOptions}
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} fitViewOptions={fitViewOptions} />
          {minimap && <MiniMap pannable zoomable nodeStrokeWidth={3} ariaLabel="Pipeline overview" />}
          <StagesBeyondView stages={graph.layout.stages} />
          {children}
        </ReactFlow>
      </div>
    </GraphCallbacksContext.Provider>
  );
}

/** The flow graph, laid out from the previous layout so edits that change no stage size skip dagre. */
function useFlowGraph(
  declaration: PipelineDeclaration,
  live: LiveView | undefined,
  problems: PipelineGraphProps['problems'],
  editable: boolean,
) {
  const [last, setLast] = useState<{ key: unknown[]; graph: ReturnType<typeof toFlowGraph> }>();
  const key = [declaration, live, problems, editable];
  if (last && key.every((part, i) => part === last.key[i])) return last.graph;
  const graph = toFlowGraph(declaration, { live, problems, editable, previousLayout: last?.graph.layout });
  setLast({ key, graph });
  return graph;
}

/** Fits the whole pipeline when it stays readable, else shows its first stages at a readable zoom. */
function openingView(flow: ReactFlowInstance<PipelineFlowNode, PipelineFlowEdge>, frame: HTMLElement | null) {
  const stages = flow.getNodes().filter((n) => n.type === 'stage');
  if (!frame || stages.length === 0) return;
  void flow.setViewport(openingViewport(getNodesBounds(stages), frame.getBoundingClientRect()));
}

const pageButton =
  'rounded-full border border-zinc-300 bg-white/95 px-3 py-1 text-xs font-semibold text-zinc-800 shadow-sm hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900/95 dark:text-zinc-100 dark:hover:bg-zinc-800';

/** Tells how many stages lie beyond the canvas edges and pages to them, so a pipeline cut off is never silent. */
function StagesBeyondView({ stages }: { stages: readonly Box[] }) {
  const flow = useReactFlow<PipelineFlowNode, PipelineFlowEdge>();
  const viewport = useViewport();
  const width = useStore((s) => s.width);
  const out = stagesOutOfView(stages, viewport, width);
  const plural = (n: number) => (n === 1 ? 'stage' : 'stages');
  return (
    <>
      {out.showBefore && (
        <Panel position="top-left">
          <button type="button" className={pageButton} onClick={() => void flow.setViewport(out.showBefore!)}>
            ← {out.before} earlier {plural(out.before)}
          </button>
        </Panel>
      )}
      {out.showAfter && (
        <Panel position="top-right">
          <button type="button" className={pageButton} onClick={() => void flow.setViewport(out.showAfter!)}>
            {out.after} more {plural(out.after)} →
          </button>
        </Panel>
      )}
    </>
  );
}

/** Pans (at the same zoom) to a newly selected node that is out of view: a stage just added, a problem clicked. */
function useRevealSelection(frame: RefObject<HTMLDivElement | null>, selectedId: string | undefined) {
  const flow = useReactFlow<PipelineFlowNode, PipelineFlowEdge>();
  useEffect(() => {
    const node = selectedId ? flow.getInternalNode(selectedId) : undefined;
    const bounds = frame.current?.getBoundingClientRect();
    if (!node || !bounds) return;
    const { x, y, zoom } = flow.getViewport();
    const { x: left, y: top } = node.internals.positionAbsolute;
    const width = node.measured.width ?? 0;
    const height = node.measured.height ?? 0;
    const inView =
      left * zoom + x >= 0 &&
      top * zoom + y >= 0 &&
      (left + width) * zoom + x <= bounds.width &&
      (top + height) * zoom + y <= bounds.height;
    if (!inView) void flow.setCenter(left + width / 2, top + height / 2, { zoom });
  }, [flow, frame, selectedId]);
}

/**
 * The nodes React Flow shows: the layout's, with the selection marked, plus positions moved by a drag in
 * progress. A new layout (any edit) or a new selection starts again from the layout.
 */
function useShownNodes(layoutNodes: PipelineFlowNode[], selectedId: string | undefined) {
  const [shown, setShown] = useState({ layoutNodes, selectedId, nodes: markSelected(layoutNodes, selectedId) });
  let current = shown;
  if (shown.layoutNodes !== layoutNodes || shown.selectedId !== selectedId) {
    current = { layoutNodes, selectedId, nodes: markSelected(layoutNodes, selectedId) };
    setShown(current);
  }
  const onNodesChange = useCallback((changes: NodeChange<PipelineFlowNode>[]) => {
    // Selection is the page's (one id, also set from the Problems list and the keyboard), so React Flow's own
    // select changes are left out; an empty list means "back to the layout".
    const moves = changes.filter((c) => c.type === 'position');
    setShown((s) => ({
      ...s,
      nodes: changes.length === 0 ? markSelected(s.layoutNodes, s.selectedId) : applyNodeChanges(moves, s.nodes),
    }));
  }, []);
  return { nodes: current.nodes, onNodesChange };
}

function markSelected(nodes: PipelineFlowNode[], selectedId: string | undefined): PipelineFlowNode[] {
  if (!selectedId) return nodes;
  return nodes.map((n) => (n.id === selectedId ? { ...n, selected: true } : n));
}
