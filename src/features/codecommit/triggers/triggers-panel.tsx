import { useState } from 'react';
import { useRepositoryTriggers } from '../../../api/codecommit/get-repository-triggers';
import { useBranches } from '../../../api/codecommit/list-branches';
import type { RepositoryTrigger } from '../../../api/codecommit/pull-request-types';
import { usePutRepositoryTriggers } from '../../../api/codecommit/put-repository-triggers';
import { useTestRepositoryTriggers } from '../../../api/codecommit/test-repository-triggers';
import { buttonClass } from '../../../components/button-styles';
import { Loading } from '../../../components/loading';
import { Panel } from '../../../components/panel';
import { ErrorLine } from '../diff/error-line';
import { ActingAsNote } from '../pull-requests/acting-as';
import { TriggerForm } from './trigger-form';

/**
 * Repository triggers (SNS or Lambda on reference changes): GetRepositoryTriggers, add or remove
 * with PutRepositoryTriggers (which replaces the whole list), TestRepositoryTriggers.
 */
export function TriggersPanel({ repositoryName }: { repositoryName: string }) {
  const triggers = useRepositoryTriggers(repositoryName);
  const branches = useBranches(repositoryName);
  const put = usePutRepositoryTriggers();
  const test = useTestRepositoryTriggers();
  const [adding, setAdding] = useState(false);
  const list = triggers.data?.triggers ?? [];

  const save = (next: RepositoryTrigger[], after?: () => void) =>
    put.mutate({ repositoryName, triggers: next }, { onSuccess: after });
  const runTest = (trigger: RepositoryTrigger) => test.mutate({ repositoryName, triggers: [trigger] });

  return (
    <Panel
      title={`Triggers (${list.length})`}
      actions={
        !adding && (
          <button type="button" className={buttonClass('normal', 'py-1 text-xs')} onClick={() => setAdding(true)}>
            Create trigger
          </button>
        )
      }
    >
      <div className="space-y-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Triggers notify an Amazon SNS topic or run an AWS Lambda function when branches change (at most 10). The
          simulated account has every topic and function, so a test always reaches them.
        </p>
        {triggers.isPending && <Loading label="Reading triggers…" />}
        {triggers.isError && <ErrorLine error={triggers.error} />}
        {list.length > 0 && (
          <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-700">
            {list.map((t) => (
              <li key={t.name} className="flex flex-wrap items-start justify-between gap-3 px-3 py-2.5">
                <div className="min-w-0 text-sm">
                  <p className="font-semibold">{t.name}</p>
                  <p className="font-mono text-xs break-all">{t.destinationArn}</p>
                  <p className="text-xs text-zinc-600 dark:text-zinc-400">
                    Events: {t.events.join(', ')} · Branches: {t.branches.length > 0 ? t.branches.join(', ') : 'all'}
                    {t.customData && ` · Custom data: ${t.customData}`}
                  </p>
                </div>
                <span className="flex gap-2">
                  <button
                    type="button"
                    className={buttonClass('normal', 'px-3 py-1 text-xs')}
                    onClick={() => runTest(t)}
                  >
                    Test<span className="sr-only"> trigger {t.name}</span>
                  </button>
                  <button
                    type="button"
                    className={buttonClass('normal', 'px-3 py-1 text-xs')}
                    onClick={() => save(list.filter((x) => x.name !== t.name))}
                  >
                    Delete<span className="sr-only"> trigger {t.name}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        {triggers.data && list.length === 0 && !adding && (
          <p className="text-zinc-600 dark:text-zinc-400">No triggers.</p>
        )}
        {adding && (
          <TriggerForm
            branches={branches.data ?? []}
            busy={put.isPending}
            onSave={(t) => save([...list, t], () => setAdding(false))}
            onTest={runTest}
            onCancel={() => setAdding(false)}
          />
        )}
        {put.isError && <ErrorLine error={put.error} />}
        {test.isError && <ErrorLine error={test.error} />}
        {test.data && (
          <p role="status" className="text-sm">
            {test.data.successfulExecutions.length > 0 && `Test sent: ${test.data.successfulExecutions.join(', ')}.`}
            {test.data.failedExecutions.map((f) => ` ${f.trigger} failed: ${f.failureMessage}`).join('')}
          </p>
        )}
        <ActingAsNote action="Changing triggers" />
      </div>
    </Panel>
  );
}
