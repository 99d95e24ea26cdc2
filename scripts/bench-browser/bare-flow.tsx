/**
 * The baseline of `npm run bench:browser`: React Flow with its defaults and nothing else, given as many plain
 * nodes and edges as the pipeline graph draws, at the same places, in a canvas of the same size opened at the
 * same viewport. Built only by the bench script, never part of the app.
 */
import { ReactFlow, type Edge, type Node, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

export interface BareGraph {
  nodes: Node[];
  edges: Edge[];
}

const params = new URLSearchParams(location.search);
const viewport: Viewport = {
  x: Number(params.get('x') ?? 0),
  y: Number(params.get('y') ?? 0),
  zoom: Number(params.get('zoom') ?? 1),
};
const size = { width: Number(params.get('width') ?? 1000), height: Number(params.get('height') ?? 600) };

const graph = (await (await fetch('./graph.json')).json()) as BareGraph;

createRoot(document.getElementById('root')!).render(
  <div style={size}>
    <ReactFlow nodes={graph.nodes} edges={graph.edges} defaultViewport={viewport} minZoom={0.05} />
  </div>,
);
