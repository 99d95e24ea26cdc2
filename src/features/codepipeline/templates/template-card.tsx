import type { ProjectTemplate } from './plan';
import { PipelineSketch } from './pipeline-sketch';

/** One template to choose: what it builds, its pipeline, and why it cannot run here when it cannot. */
export function TemplateCard({
  template,
  selected,
  unavailable,
  onSelect,
}: {
  template: ProjectTemplate;
  selected: boolean;
  unavailable: string | undefined;
  onSelect: () => void;
}) {
  return (
    <button
      type="button"
      aria-pressed={selected}
      disabled={unavailable !== undefined}
      onClick={onSelect}
      className={`flex h-full flex-col gap-3 rounded-xl border bg-white p-4 text-left shadow-sm transition-colors disabled:cursor-not-allowed disabled:opacity-60 dark:bg-zinc-900 ${
        selected
          ? 'border-accent ring-2 ring-accent dark:border-accent-night dark:ring-accent-night'
          : 'border-zinc-200 hover:border-zinc-400 dark:border-zinc-800 dark:hover:border-zinc-600'
      }`}
    >
      <span className="text-base font-bold text-zinc-900 dark:text-zinc-50">{template.title}</span>
      <span className="text-sm text-zinc-600 dark:text-zinc-400">{template.summary}</span>
      <PipelineSketch stages={template.sketch} />
      {unavailable && <span className="text-xs text-amber-800 dark:text-amber-300">{unavailable}</span>}
    </button>
  );
}
