import type { CallGraphNode } from '../../../api/codeguru-profiler/wire-types';

/** One frame of the flame graph: where it sits and how many samples it and its callees hold. */
export interface FlameFrame {
  /** Frames from the entry frame down to this one, joined by `;` (unique per frame). */
  id: string;
  name: string;
  depth: number;
  /** Share of the whole profile before this frame, 0..1 (its left edge). */
  start: number;
  /** Share of all samples on stacks through this frame, 0..1 (its width). */
  total: number;
  /** Share of samples that stop in this frame, 0..1. */
  self: number;
}

const selfOf = (node: CallGraphNode) => node.counts?.WALL_TIME ?? 0;

function totalOf(node: CallGraphNode, cache: Map<CallGraphNode, number>): number {
  const known = cache.get(node);
  if (known !== undefined) return known;
  const sum = selfOf(node) + Object.values(node.children ?? {}).reduce((s, c) => s + totalOf(c, cache), 0);
  cache.set(node, sum);
  return sum;
}

/**
 * The call graph laid out as a flame graph: every frame with its left edge and width as shares of all samples,
 * children in name order from the left, the entry frames at depth 0.
 */
export function toFlameFrames(callgraph: CallGraphNode): { frames: FlameFrame[]; samples: number; depth: number } {
  const cache = new Map<CallGraphNode, number>();
  const samples = totalOf(callgraph, cache);
  const frames: FlameFrame[] = [];
  if (samples === 0) return { frames, samples, depth: 0 };
  const walk = (node: CallGraphNode, path: string, depth: number, start: number) => {
    let left = start;
    for (const name of Object.keys(node.children ?? {}).sort()) {
      const child = (node.children as Record<string, CallGraphNode>)[name] as CallGraphNode;
      const id = path === '' ? name : `${path};${name}`;
      const total = totalOf(child, cache) / samples;
      frames.push({ id, name, depth, start: left, total, self: selfOf(child) / samples });
      walk(child, id, depth + 1, left);
      left += total;
    }
  };
  walk(callgraph, '', 0, 0);
  return { frames, samples, depth: frames.reduce((d, f) => Math.max(d, f.depth + 1), 0) };
}

/**
 * The frames visible when zoomed into `focus`: the focus fills the width, its callees scale with it, its callers
 * stay above it at full width; frames outside its span are dropped.
 */
export function zoomFrames(
  frames: FlameFrame[],
  focus: FlameFrame | undefined,
): (FlameFrame & { x: number; w: number })[] {
  if (!focus) return frames.map((f) => ({ ...f, x: f.start, w: f.total }));
  const ancestors = new Set<string>();
  const parts = focus.id.split(';');
  for (let i = 1; i < parts.length; i++) ancestors.add(parts.slice(0, i).join(';'));
  return frames.flatMap((f) => {
    if (ancestors.has(f.id)) return [{ ...f, x: 0, w: 1 }];
    if (f.id !== focus.id && !f.id.startsWith(`${focus.id};`)) return [];
    return [{ ...f, x: (f.start - focus.start) / focus.total, w: f.total / focus.total }];
  });
}
