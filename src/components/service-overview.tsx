import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CicdFlow, type FlowStage } from './cicd-flow';
import { PageHeader } from './page-header';
import { Panel } from './panel';
import { ArrowRightIcon } from './icons';

interface NextStep {
  to: string;
  label: string;
  description: string;
}

interface ServiceOverviewProps {
  title: string;
  /** The console group, e.g. "Build". */
  category: string;
  /** Two sentences: what the service does, and how it fits the CI/CD flow. */
  summary: ReactNode;
  /** The step of the flow this area is about; none for console-wide areas like Labs. */
  stage?: FlowStage;
  /** The service's main ideas, each a term and a one-line explanation. */
  concepts: { term: string; meaning: string }[];
  /** What already works in this console that relates to the service. */
  nextSteps: NextStep[];
  /** Says why the account holds none of these resources yet. */
  emptyTitle: string;
}

/** The landing page of a service area whose resources this account does not have yet. */
export function ServiceOverview({
  title,
  category,
  summary,
  stage,
  concepts,
  nextSteps,
  emptyTitle,
}: ServiceOverviewProps) {
  return (
    <div className="space-y-5">
      <PageHeader
        title={title}
        description={<span className="text-xs font-semibold tracking-wide uppercase">{category}</span>}
      />
      <CicdFlow current={stage} />
      <div className="grid items-start gap-5 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Panel title={emptyTitle}>
          <div className="max-w-2xl space-y-3 text-[15px] leading-relaxed">{summary}</div>
          <h3 className="mt-6 mb-2 text-sm font-bold">Key ideas</h3>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {concepts.map((c) => (
              <div key={c.term}>
                <dt className="font-semibold">{c.term}</dt>
                <dd className="text-zinc-600 dark:text-zinc-400">{c.meaning}</dd>
              </div>
            ))}
          </dl>
        </Panel>
        <Panel title="What you can do now" flush>
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {nextSteps.map((step) => (
              <li key={step.to + step.label}>
                <Link
                  to={step.to}
                  className="group flex items-start gap-3 px-4 py-3 hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
                >
                  <span className="mt-0.5 text-accent dark:text-accent-night">
                    <ArrowRightIcon />
                  </span>
                  <span>
                    <span className="block font-semibold text-accent group-hover:underline dark:text-accent-night">
                      {step.label}
                    </span>
                    <span className="block text-zinc-600 dark:text-zinc-400">{step.description}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </Panel>
      </div>
    </div>
  );
}
