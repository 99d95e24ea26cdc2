import type { Resolution, ResolutionStep } from '../../../engine/codeartifact/public';
import { connectionNodeId, repositoryNodeId } from './to-domain-graph';

export type StepOutcome = ResolutionStep['outcome'];

/** One line of the search path, tied to the graph node it lights up. */
export interface SearchRow {
  nodeId: string;
  /** The repository or external connection searched. */
  label: string;
  outcome: StepOutcome;
  /** How many upstream hops from the repository asked. */
  depth: number;
  /** For an external connection: the repository that owns it. */
  through?: string;
}

/** What each outcome means, for the list beside the graph. */
export const OUTCOME_LABEL: Record<StepOutcome, string> = {
  found: 'Found',
  'not-found': 'Not here',
  'blocked-by-origin-controls': 'Blocked by origin controls',
  'fetched-from-external-connection': 'Found in the public registry',
  'not-searched': 'Not searched',
};

/**
 * The search path in the engine's order (depth-first, priority order). A step that asks an external connection
 * lights the public registry's node, not the repository that owns it, so the path reads A, B, C, public:npmjs.
 */
export function searchRows(resolution: Pick<Resolution, 'steps'>): SearchRow[] {
  return resolution.steps.map((step) =>
    step.externalConnection
      ? {
          nodeId: connectionNodeId(step.externalConnection),
          label: step.externalConnection,
          outcome: step.outcome,
          depth: step.depth + 1,
          through: step.repository,
        }
      : { nodeId: repositoryNodeId(step.repository), label: step.repository, outcome: step.outcome, depth: step.depth },
  );
}

export type NodeState = StepOutcome | 'current';

/**
 * The graph after the first `shown` rows of the animation: each node shows the outcome of its latest shown row,
 * and the node of the row just shown is the current one until the next row appears.
 */
export function nodeStatesAt(rows: readonly SearchRow[], shown: number): Record<string, NodeState> {
  const states: Record<string, NodeState> = {};
  const visible = rows.slice(0, Math.max(0, Math.min(shown, rows.length)));
  for (const row of visible) states[row.nodeId] = row.outcome;
  const last = visible[visible.length - 1];
  if (last && shown < rows.length) states[last.nodeId] = 'current';
  return states;
}

/** Edges the search has walked so far: into each searched row's node from the nearest earlier node that points at it. */
export function walkedEdgesAt(
  rows: readonly SearchRow[],
  shown: number,
  edges: readonly { id: string; source: string; target: string }[],
): Set<string> {
  // Repositories after the hit are listed as not searched: the search never walked to them.
  const visible = rows.slice(0, Math.max(0, Math.min(shown, rows.length))).filter((r) => r.outcome !== 'not-searched');
  const walked = new Set<string>();
  visible.forEach((row, i) => {
    if (i === 0) return;
    // The edge into this row comes from the nearest earlier row whose node points at it (a sibling's parent).
    for (let j = i - 1; j >= 0; j--) {
      const edge = edges.find((e) => e.source === visible[j]?.nodeId && e.target === row.nodeId);
      if (edge) {
        walked.add(edge.id);
        return;
      }
    }
  });
  return walked;
}

/**
 * The package as a user writes it, in the API's terms: `@scope/name` for npm and `group:artifact` for Maven carry
 * their namespace in the name; a namespace typed in its own field wins.
 */
export function packageCoordinates(
  format: string,
  namespace: string,
  name: string,
): { namespace?: string; package: string } {
  const ns = namespace.trim();
  const text = name.trim();
  if (ns) return { namespace: ns, package: text };
  const scoped =
    format === 'npm' ? /^@([^/]+)\/(.+)$/.exec(text) : format === 'maven' ? /^([^:]+):(.+)$/.exec(text) : null;
  return scoped ? { namespace: scoped[1], package: scoped[2] ?? '' } : { package: text };
}
