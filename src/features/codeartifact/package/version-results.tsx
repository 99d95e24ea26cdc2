import type { PackageVersionsResult } from '../../../api/codeartifact/wire-types';

/** What each version-level error code means (PackageVersionErrorCode). */
const ERROR_MEANING: Record<string, string> = {
  ALREADY_EXISTS: 'The destination already has this version; allow overwrite to replace it.',
  MISMATCHED_REVISION: 'The version changed since it was read (another revision); reload and try again.',
  MISMATCHED_STATUS: 'The version is no longer in the expected status; someone changed it meanwhile.',
  NOT_ALLOWED: 'This status change is not allowed from the version’s current status.',
  NOT_FOUND: 'The repository does not hold this version.',
  SKIPPED: 'Not attempted because another version of the request failed.',
};

/** A batch operation's answer version by version: what succeeded, and each failure with its code and message. */
export function VersionResults({ action, result }: { action: string; result: PackageVersionsResult }) {
  const succeeded = Object.entries(result.successfulVersions ?? {});
  const failed = Object.entries(result.failedVersions ?? {});
  return (
    <div role="status" className="space-y-2 text-sm">
      {succeeded.length > 0 && (
        <p>
          {action}:{' '}
          {succeeded.map(([version, info], i) => (
            <span key={version}>
              {i > 0 && ', '}
              <span className="font-mono font-semibold">{version}</span>
              {info.status && ` (now ${info.status})`}
            </span>
          ))}
          .
        </p>
      )}
      {failed.length > 0 && (
        <div className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-950 dark:border-red-900 dark:bg-red-950/40 dark:text-red-100">
          <p className="font-semibold">
            {failed.length === 1 ? '1 version failed' : `${failed.length} versions failed`}
          </p>
          <ul className="mt-1 space-y-1">
            {failed.map(([version, error]) => (
              <li key={version}>
                <span className="font-mono font-semibold">{version}</span>:{' '}
                <span className="font-mono text-xs">
                  {error.errorCode}: {error.errorMessage}
                </span>
                {error.errorCode && ERROR_MEANING[error.errorCode] && (
                  <span className="block text-xs">{ERROR_MEANING[error.errorCode]}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {succeeded.length === 0 && failed.length === 0 && <p>{action}: nothing changed.</p>}
    </div>
  );
}
