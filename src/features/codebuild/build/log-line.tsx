import { memo } from 'react';
import { Link } from 'react-router';
import { simulationRulesPath } from '../shared/paths';
import { ansiSegments } from './ansi-segments';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `09:03:12.345` UTC, the log's timestamp column. */
export function formatLogTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** The simulator's own notes in a log (`cicdlab: simulated '…'`) link to the rules they follow. */
export const isSimulationNote = (message: string) => message.includes('cicdlab: simulated');

/** One log line: its timestamp and its text as styled spans built from the parsed ANSI segments. */
export const LogLine = memo(function LogLine({ timestamp, message }: { timestamp: number; message: string }) {
  return (
    <div className="flex gap-3 px-3 hover:bg-white/5">
      <span className="shrink-0 text-zinc-500 select-none">{formatLogTime(timestamp)}</span>
      <span className="min-w-0 break-all whitespace-pre-wrap">
        {ansiSegments(message.replace(/\n$/, '')).map((s, i) => (
          <span
            key={i}
            style={{
              color: s.color,
              backgroundColor: s.background,
              fontWeight: s.bold ? 700 : undefined,
              opacity: s.dim ? 0.7 : undefined,
              fontStyle: s.italic ? 'italic' : undefined,
              textDecoration: s.underline ? 'underline' : undefined,
            }}
          >
            {s.text}
          </span>
        ))}
        {isSimulationNote(message) && (
          <Link to={simulationRulesPath()} className="ml-2 font-sans text-xs text-sky-300 underline hover:text-sky-200">
            How builds are simulated
          </Link>
        )}
      </span>
    </div>
  );
});
