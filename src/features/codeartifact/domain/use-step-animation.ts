import { useEffect, useState } from 'react';

/** Time between two steps of the search path: long enough to follow the highlight from node to node. */
const STEP_MS = 650;

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * How many of `total` steps are shown: one more every STEP_MS from each new `run`, all at once when the reader
 * asked the system for reduced motion.
 */
export function useStepAnimation(total: number, run: number): { shown: number; skip: () => void } {
  const [state, setState] = useState({ run, shown: 0 });
  const current = state.run === run ? state.shown : 0;
  if (state.run !== run) setState({ run, shown: prefersReducedMotion() ? total : 0 });
  useEffect(() => {
    if (current >= total) return;
    const timer = setTimeout(() => setState({ run, shown: current + 1 }), current === 0 ? 0 : STEP_MS);
    return () => clearTimeout(timer);
  }, [current, total, run]);
  return { shown: current, skip: () => setState({ run, shown: total }) };
}
