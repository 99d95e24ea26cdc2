import type { ProfileDocument } from '../../../api/codeguru-profiler/wire-types';
import { formatBytes } from '../../../components/format/bytes';
import { Panel } from '../../../components/panel';
import { TableHead } from '../../../components/table-head';

/** The heap summary by class the agent sent with the latest report in the range. */
export function HeapPanel({ heap, revisions }: { heap?: ProfileDocument['heapSummary']; revisions?: string[] }) {
  const total = (heap ?? []).reduce((n, c) => n + c.totalBytes, 0);
  return (
    <Panel title="Heap summary" flush>
      {!heap || heap.length === 0 ? (
        <p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">No heap summary in this range yet.</p>
      ) : (
        <>
          <table className="w-full text-left text-sm">
            <TableHead columns={['Class', 'Instances', 'Size', 'Share']} />
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {heap.map((c) => (
                <tr key={c.className}>
                  <td className="px-4 py-2 font-mono text-xs">{c.className}</td>
                  <td className="px-4 py-2">{c.instanceCount.toLocaleString('en-US')}</td>
                  <td className="px-4 py-2">{formatBytes(c.totalBytes)}</td>
                  <td className="px-4 py-2">{((c.totalBytes / total) * 100).toFixed(1)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
          {revisions && revisions.length > 0 && (
            <p className="border-t border-zinc-200 px-4 py-2 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
              Revisions profiled in this range: <span className="font-mono break-all">{revisions.join(', ')}</span>
            </p>
          )}
        </>
      )}
    </Panel>
  );
}
