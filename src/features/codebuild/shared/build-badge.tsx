import type { Build } from '../../../api/codebuild/types';

export type BadgeStatus = 'PASSING' | 'FAILING' | 'IN_PROGRESS' | 'UNKNOWN';

/** The badge of a project's latest build (newest first): running, passing, failing, or none yet. */
export function badgeStatusOf(latest: Build | undefined): BadgeStatus {
  if (!latest) return 'UNKNOWN';
  if (!latest.buildComplete) return 'IN_PROGRESS';
  return latest.buildStatus === 'SUCCEEDED' ? 'PASSING' : 'FAILING';
}

const BADGES: Record<BadgeStatus, { text: string; color: string; width: number }> = {
  PASSING: { text: 'passing', color: '#4c1', width: 51 },
  FAILING: { text: 'failing', color: '#e05d44', width: 45 },
  IN_PROGRESS: { text: 'in progress', color: '#dfb317', width: 69 },
  UNKNOWN: { text: 'unknown', color: '#9f9f9f', width: 59 },
};

/** The shields-style "build | status" image CodeBuild serves at the badge URL, drawn as React SVG. */
export function BuildBadge({ status }: { status: BadgeStatus }) {
  const { text, color, width } = BADGES[status];
  const left = 37;
  const total = left + width;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={total} height="20" role="img" aria-label={`build: ${text}`}>
      <title>{`build: ${text}`}</title>
      <rect width={left} height="20" rx="3" fill="#555" />
      <rect x={left - 4} width={width + 4} height="20" rx="3" fill={color} />
      <rect x={left - 4} width="4" height="20" fill={color} />
      <g fill="#fff" textAnchor="middle" fontFamily="Verdana,Geneva,DejaVu Sans,sans-serif" fontSize="11">
        <text x={left / 2} y="14">
          build
        </text>
        <text x={left + width / 2} y="14">
          {text}
        </text>
      </g>
    </svg>
  );
}
