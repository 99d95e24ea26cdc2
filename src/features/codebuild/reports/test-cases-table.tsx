import { useId, useState } from 'react';
import { useTestCases } from '../../../api/codebuild/describe-test-cases';
import { errorText } from '../../../components/error-text';
import { Loading } from '../../../components/loading';
import { StatusPill } from '../shared/status-badge';
import { sortTestCases } from './report-summary';

/** The test cases of one report (DescribeTestCases), failures first; "Failed only" asks the service to filter. */
export function TestCasesTable({ reportArn }: { reportArn: string }) {
  const [failedOnly, setFailedOnly] = useState(false);
  const id = useId();
  const cases = useTestCases(reportArn, failedOnly ? 'FAILED' : undefined);
  return (
    <div>
      <label htmlFor={id} className="mb-2 flex items-center gap-2 text-sm">
        <input id={id} type="checkbox" checked={failedOnly} onChange={(e) => setFailedOnly(e.target.checked)} />
        Failed only
      </label>
      {cases.isPending && <Loading label="Reading test cases…" />}
      {cases.error && (
        <p role="alert" className="font-mono text-xs text-red-700 dark:text-red-300">
          {errorText(cases.error)}
        </p>
      )}
      {cases.data?.length === 0 && (
        <p className="text-zinc-600 dark:text-zinc-400">
          {failedOnly ? 'No test case failed.' : 'The report has no test cases.'}
        </p>
      )}
      {cases.data && cases.data.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Test cases</caption>
          <thead className="text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 pr-4 font-semibold">
                Status
              </th>
              <th scope="col" className="py-1 pr-4 font-semibold">
                Test case
              </th>
              <th scope="col" className="py-1 pr-4 font-semibold">
                Suite
              </th>
              <th scope="col" className="py-1 pr-4 font-semibold">
                Duration
              </th>
              <th scope="col" className="py-1 font-semibold">
                Message
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {sortTestCases(cases.data).map((c, i) => (
              <tr key={`${c.prefix ?? ''}/${c.name}/${i}`} data-testid="test-case-row">
                <td className="py-1.5 pr-4 align-top">
                  <StatusPill status={c.status} />
                </td>
                <td className="py-1.5 pr-4 align-top">{c.name}</td>
                <td className="py-1.5 pr-4 align-top font-mono text-xs">{c.prefix ?? c.testSuiteName ?? '–'}</td>
                <td className="py-1.5 pr-4 align-top whitespace-nowrap tabular-nums">
                  {c.durationInNanoSeconds === undefined ? '–' : `${Math.round(c.durationInNanoSeconds / 1e6)} ms`}
                </td>
                <td className="py-1.5 align-top font-mono text-xs break-words whitespace-pre-wrap">
                  {c.message ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
