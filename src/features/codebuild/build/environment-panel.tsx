import type { Build } from '../../../api/codebuild/types';
import { KeyValueList } from '../../../components/key-value-list';

const TYPE_LABEL = { PLAINTEXT: 'Plaintext', PARAMETER_STORE: 'Parameter', SECRETS_MANAGER: 'Secrets Manager' };

/**
 * The build's environment. Plaintext values are shown; Parameter Store and Secrets Manager variables show the
 * name they reference, never a value (the build log masks those values too).
 */
export function EnvironmentPanel({ build }: { build: Build }) {
  const env = build.environment;
  const variables = env.environmentVariables ?? [];
  return (
    <div className="space-y-5">
      <KeyValueList
        items={[
          { label: 'Image', value: <span className="font-mono text-xs">{env.image}</span> },
          { label: 'Environment type', value: env.type },
          { label: 'Compute', value: env.computeType },
          { label: 'Privileged', value: env.privilegedMode ? 'Yes' : 'No' },
          { label: 'Service role', value: <span className="font-mono text-xs">{build.serviceRole ?? '–'}</span> },
          { label: 'Timeout', value: `${build.timeoutInMinutes} minutes (queued: ${build.queuedTimeoutInMinutes})` },
        ]}
      />
      <div>
        <h3 className="mb-2 font-bold">Environment variables</h3>
        {variables.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">
            None set on the project or the build; the buildspec's <code>env</code> may still define some.
          </p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Environment variables</caption>
            <thead className="text-xs text-zinc-600 dark:text-zinc-400">
              <tr>
                <th scope="col" className="py-1 pr-4 font-semibold">
                  Name
                </th>
                <th scope="col" className="py-1 pr-4 font-semibold">
                  Type
                </th>
                <th scope="col" className="py-1 font-semibold">
                  Value
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {variables.map((v) => (
                <tr key={v.name}>
                  <td className="py-1.5 pr-4 font-mono text-xs">{v.name}</td>
                  <td className="py-1.5 pr-4">{TYPE_LABEL[v.type ?? 'PLAINTEXT']}</td>
                  <td className="py-1.5 font-mono text-xs">
                    {(v.type ?? 'PLAINTEXT') === 'PLAINTEXT' ? (
                      v.value
                    ) : (
                      <span title="Resolved when the build runs; masked in the log">
                        <span aria-label="masked value">********</span> ← {v.value}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {(build.exportedEnvironmentVariables ?? []).length > 0 && (
        <div>
          <h3 className="mb-2 font-bold">Exported variables</h3>
          <KeyValueList
            items={(build.exportedEnvironmentVariables ?? []).map((v) => ({
              label: v.name,
              value: <span className="font-mono text-xs">{v.value}</span>,
            }))}
          />
        </div>
      )}
    </div>
  );
}
