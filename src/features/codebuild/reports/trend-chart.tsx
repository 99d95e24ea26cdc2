import type { TrendPoint } from './trend-series';

const H = 120;
const BAR = 18;
const GAP = 10;
const PAD_LEFT = 28;
const PAD_BOTTOM = 20;

/**
 * Test results across builds as stacked bars (passed, failed, skipped), drawn as SVG from the series.
 * A table with the same numbers follows for screen readers.
 */
export function TrendChart({ points, currentReportArn }: { points: TrendPoint[]; currentReportArn?: string }) {
  const max = Math.max(1, ...points.map((p) => p.passed + p.failed + p.skipped));
  const width = PAD_LEFT + points.length * (BAR + GAP) + GAP;
  const y = (n: number) => (n / max) * (H - PAD_BOTTOM - 8);
  return (
    <figure>
      <svg
        width={Math.max(width, 160)}
        height={H}
        aria-hidden="true"
        className="text-zinc-500 dark:text-zinc-400"
        data-testid="test-trend-chart"
      >
        <line
          x1={PAD_LEFT - 4}
          x2={width}
          y1={H - PAD_BOTTOM}
          y2={H - PAD_BOTTOM}
          stroke="currentColor"
          strokeWidth="1"
        />
        <text x={PAD_LEFT - 8} y={H - PAD_BOTTOM - y(max) + 4} textAnchor="end" fontSize="10" fill="currentColor">
          {max}
        </text>
        <text x={PAD_LEFT - 8} y={H - PAD_BOTTOM + 3} textAnchor="end" fontSize="10" fill="currentColor">
          0
        </text>
        {points.map((p, i) => {
          const x = PAD_LEFT + GAP + i * (BAR + GAP);
          let base = H - PAD_BOTTOM;
          const stack = [
            { n: p.passed, cls: 'fill-emerald-500' },
            { n: p.failed, cls: 'fill-red-500' },
            { n: p.skipped, cls: 'fill-amber-400' },
          ].map((s) => {
            const h = y(s.n);
            base -= h;
            return { ...s, y: base, h };
          });
          return (
            <g key={p.reportArn}>
              {stack.map(
                (s) => s.n > 0 && <rect key={s.cls} x={x} y={s.y} width={BAR} height={s.h} className={s.cls} />,
              )}
              {p.reportArn === currentReportArn && (
                <rect
                  x={x - 3}
                  y={4}
                  width={BAR + 6}
                  height={H - PAD_BOTTOM - 4}
                  fill="none"
                  stroke="currentColor"
                  strokeDasharray="3 2"
                />
              )}
              <text x={x + BAR / 2} y={H - 6} textAnchor="middle" fontSize="10" fill="currentColor">
                {p.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex gap-4 text-xs text-zinc-600 dark:text-zinc-400">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block size-2 rounded-sm bg-emerald-500" />
          Passed
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block size-2 rounded-sm bg-red-500" />
          Failed
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block size-2 rounded-sm bg-amber-400" />
          Skipped
        </span>
      </figcaption>
      <table className="sr-only">
        <caption>Test results by build</caption>
        <thead>
          <tr>
            <th scope="col">Build</th>
            <th scope="col">Passed</th>
            <th scope="col">Failed</th>
            <th scope="col">Skipped</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.reportArn}>
              <th scope="row">{p.label}</th>
              <td>{p.passed}</td>
              <td>{p.failed}</td>
              <td>{p.skipped}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
