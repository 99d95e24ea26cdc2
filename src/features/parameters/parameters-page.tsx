import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ParametersPanel } from './parameters-panel';
import { SecretsPanel } from './secrets-panel';

/** Parameter Store and Secrets Manager side by side: where buildspec `env` references resolve. */
export function ParametersPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'secrets' ? 'secrets' : 'parameters';
  const tabs = [
    { id: 'parameters', label: 'Parameter Store' },
    { id: 'secrets', label: 'Secrets Manager' },
  ] as const;
  return (
    <>
      <PageHeader
        title="Parameters & secrets"
        description="Values a build reads by name: buildspec env parameter-store and secrets-manager entries, and project variables of type Parameter or Secrets Manager. Their values are masked in build logs."
      />
      <div role="tablist" aria-label="Store" className="mb-4 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            onClick={() => setParams(t.id === 'parameters' ? {} : { tab: t.id }, { replace: true })}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-semibold ${
              tab === t.id
                ? 'border-accent text-accent dark:border-accent-night dark:text-accent-night'
                : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tab === 'parameters' ? 'Parameter Store' : 'Secrets Manager'}>
        {tab === 'parameters' ? <ParametersPanel /> : <SecretsPanel />}
      </div>
    </>
  );
}
