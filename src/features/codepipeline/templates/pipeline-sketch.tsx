import { Fragment } from 'react';
import type { SketchStage } from './plan';

/** The pipeline a template creates, stage by stage, small enough for a card. */
export function PipelineSketch({ stages }: { stages: SketchStage[] }) {
  return (
    <ol aria-label="Pipeline stages" className="flex flex-wrap items-stretch gap-1 text-xs">
      {stages.map((stage, i) => (
        <Fragment key={stage.name}>
          {i > 0 && (
            <li aria-hidden className="self-center text-zinc-400 dark:text-zinc-500">
              →
            </li>
          )}
          <li className="rounded-md border border-zinc-300 bg-zinc-50 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-800">
            <span className="block font-semibold text-zinc-800 dark:text-zinc-100">{stage.name}</span>
            {stage.actions.map((action) => (
              <span key={action} className="block text-zinc-600 dark:text-zinc-400">
                {action}
              </span>
            ))}
          </li>
        </Fragment>
      ))}
    </ol>
  );
}
