import type { World } from '../world';

export type BadgeStatus = 'PASSING' | 'FAILING' | 'IN_PROGRESS' | 'UNKNOWN';

const BADGES: Record<BadgeStatus, { text: string; color: string; width: number }> = {
  PASSING: { text: 'passing', color: '#4c1', width: 51 },
  FAILING: { text: 'failing', color: '#e05d44', width: 45 },
  IN_PROGRESS: { text: 'in progress', color: '#dfb317', width: 69 },
  UNKNOWN: { text: 'unknown', color: '#9f9f9f', width: 59 },
};

/** The badge image CodeBuild serves at `badgeRequestUrl`: a shields-style "build | status" SVG. */
export function buildBadgeSvg(status: BadgeStatus): string {
  const { text, color, width } = BADGES[status];
  const left = 37;
  const total = left + width;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="build: ${text}">`,
    `<title>build: ${text}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${total}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${width}" height="20" fill="${color}"/><rect width="${total}" height="20" fill="url(#s)"/></g>`,
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
    `<text x="${left / 2}" y="15" fill="#010101" fill-opacity=".3">build</text><text x="${left / 2}" y="14">build</text>`,
    `<text x="${left + width / 2}" y="15" fill="#010101" fill-opacity=".3">${text}</text><text x="${left + width / 2}" y="14">${text}</text>`,
    '</g></svg>',
  ].join('');
}

/**
 * The badge state for a project and branch: the latest build of that branch (its source version names the
 * branch, or a push webhook built it) decides. No build yet is UNKNOWN; TIMED_OUT, FAULT and STOPPED fail.
 */
export function badgeStatus(world: World, projectName: string, branch?: string): BadgeStatus {
  const state = world.account.codebuild;
  for (let i = state.buildOrder.length - 1; i >= 0; i--) {
    const build = state.builds[state.buildOrder[i] as string];
    if (!build || build.projectName !== projectName) continue;
    if (branch !== undefined) {
      const built =
        build.webhook?.trigger === `branch/${branch}` ||
        build.sourceVersion === branch ||
        build.sourceVersion === `refs/heads/${branch}`;
      const projectDefault =
        build.sourceVersion === undefined &&
        !build.webhook &&
        (state.projects[projectName]?.sourceVersion ?? branch) === branch;
      if (!built && !projectDefault) continue;
    }
    if (!build.buildComplete) return 'IN_PROGRESS';
    return build.buildStatus === 'SUCCEEDED' ? 'PASSING' : 'FAILING';
  }
  return 'UNKNOWN';
}
