import type { LiveStatus } from './live-status';
import { STATUS_STYLES, statusLabel } from './status-style';

export function StatusLabel({ status }: { status: LiveStatus }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-1.5 text-xs font-semibold ring-1 ring-inset ${STATUS_STYLES[status].pill}`}
    >
      {statusLabel(status)}
    </span>
  );
}
