import { createContext, useContext } from 'react';

/** What the graph's nodes and edges can ask of the page they are on, without putting callbacks into node data. */
export interface GraphCallbacks {
  /** Set on the live pipeline page: the transition into `stageName` becomes clickable (enable / disable). */
  onTransitionClick?: (stageName: string, disabledReason: string | undefined) => void;
}

export const GraphCallbacksContext = createContext<GraphCallbacks>({});

export const useGraphCallbacks = () => useContext(GraphCallbacksContext);
