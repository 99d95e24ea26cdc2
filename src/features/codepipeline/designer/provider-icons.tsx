import type { ReactNode } from 'react';

/** Service colours in the spirit of AWS's icon set: developer tools blue, storage green, compute orange. */
const DEV_TOOLS = '#3b48cc';
const STORAGE = '#3f8624';
const COMPUTE = '#d45b07';
const INTEGRATION = '#c7156b';
const MANAGEMENT = '#b0084d';
const NEUTRAL = '#5f6b7a';

const glyph = (color: string, shape: ReactNode) => ({ color, shape });

const stroke = {
  fill: 'none',
  stroke: 'white',
  strokeWidth: 1.6,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

/** One glyph per provider, drawn in a 16×16 box on the provider's colour. */
const GLYPHS: Record<string, { color: string; shape: ReactNode }> = {
  CodeCommit: glyph(
    DEV_TOOLS,
    <g {...stroke}>
      <circle cx="5" cy="4" r="1.6" />
      <circle cx="5" cy="12" r="1.6" />
      <circle cx="11" cy="6" r="1.6" />
      <path d="M5 5.6v4.8M11 7.6c0 2-3 2-5.2 3.3" />
    </g>,
  ),
  S3: glyph(
    STORAGE,
    <g {...stroke}>
      <ellipse cx="8" cy="4.5" rx="5" ry="1.8" />
      <path d="M3 4.5l1.4 8c.3 1 7 1 7.2 0l1.4-8" />
    </g>,
  ),
  ECR: glyph(
    COMPUTE,
    <g {...stroke}>
      <path d="M8 2.5l5 2.7v5.6L8 13.5l-5-2.7V5.2z" />
      <path d="M3 5.2l5 2.7 5-2.7M8 7.9v5.6" />
    </g>,
  ),
  CodeStarSourceConnection: glyph(
    DEV_TOOLS,
    <g {...stroke}>
      <path d="M6.5 9.5l3-3" />
      <path d="M7.5 4.8l1.3-1.3a2.5 2.5 0 013.6 3.6l-1.3 1.3M8.5 11.2l-1.3 1.3a2.5 2.5 0 01-3.6-3.6l1.3-1.3" />
    </g>,
  ),
  CodeBuild: glyph(
    DEV_TOOLS,
    <g {...stroke}>
      <path d="M5 5L2.5 8 5 11M11 5l2.5 3L11 11M9 3.5l-2 9" />
    </g>,
  ),
  Jenkins: glyph(
    NEUTRAL,
    <g {...stroke}>
      <path d="M10 3v6.5a2.5 2.5 0 01-5 0" />
    </g>,
  ),
  DeviceFarm: glyph(
    MANAGEMENT,
    <g {...stroke}>
      <rect x="5" y="2.5" width="6" height="11" rx="1.2" />
      <path d="M7.3 11.5h1.4" />
    </g>,
  ),
  Manual: glyph(
    INTEGRATION,
    <g {...stroke}>
      <circle cx="8" cy="5.5" r="2.3" />
      <path d="M3.5 13.5c.6-2.6 2.4-4 4.5-4s3.9 1.4 4.5 4" />
    </g>,
  ),
  Lambda: glyph(
    COMPUTE,
    <g {...stroke}>
      <path d="M4 13.5L7.6 6.2M5.5 2.5h1.4l5.2 11h1.4" />
    </g>,
  ),
  StepFunctions: glyph(
    INTEGRATION,
    <g {...stroke}>
      <rect x="2.5" y="2.5" width="4" height="3.5" rx=".6" />
      <rect x="9.5" y="10" width="4" height="3.5" rx=".6" />
      <path d="M4.5 6v3.5a2 2 0 002 2h3" />
    </g>,
  ),
  CodeDeploy: glyph(
    DEV_TOOLS,
    <g {...stroke}>
      <path d="M8 13.5V3M4 7l4-4 4 4" />
      <path d="M3 13.5h10" />
    </g>,
  ),
  CodeDeployToECS: glyph(
    DEV_TOOLS,
    <g {...stroke}>
      <rect x="2.5" y="6" width="4.5" height="4.5" rx=".6" />
      <rect x="9" y="6" width="4.5" height="4.5" rx=".6" />
      <path d="M7 8.2h2M4.7 3v3M11.3 3v3" />
    </g>,
  ),
  ECS: glyph(
    COMPUTE,
    <g {...stroke}>
      <rect x="2.5" y="2.5" width="5" height="5" rx=".6" />
      <rect x="8.5" y="2.5" width="5" height="5" rx=".6" />
      <rect x="2.5" y="8.5" width="5" height="5" rx=".6" />
      <rect x="8.5" y="8.5" width="5" height="5" rx=".6" />
    </g>,
  ),
  CloudFormation: glyph(
    MANAGEMENT,
    <g {...stroke}>
      <path d="M8 2.5l5.5 2.8L8 8 2.5 5.3z" />
      <path d="M2.5 8l5.5 2.8L13.5 8M2.5 10.7l5.5 2.8 5.5-2.8" />
    </g>,
  ),
  ElasticBeanstalk: glyph(
    COMPUTE,
    <g {...stroke}>
      <path d="M8 13.5V6M8 9C8 5.5 5.5 3.5 3 3.5 3 6.5 5 9 8 9zM8 7.5c0-2.5 2-4 4.5-4 0 2.5-1.8 4.3-4.5 4" />
    </g>,
  ),
  Commands: glyph(
    NEUTRAL,
    <g {...stroke}>
      <path d="M3 5l3 3-3 3M8 11.5h5" />
    </g>,
  ),
};

const CATEGORY_FALLBACK: Record<string, string> = {
  Source: 'CodeCommit',
  Build: 'CodeBuild',
  Test: 'CodeBuild',
  Deploy: 'CodeDeploy',
  Approval: 'Manual',
  Invoke: 'Lambda',
  Compute: 'Commands',
};

/**
 * The provider's icon; a provider without one (a custom action, ThirdParty GitHub) shows a plain tile in the
 * colour of its category's usual provider, so the graph never shows a broken image.
 */
export function ProviderIcon({ provider, category, size = 22 }: { provider: string; category: string; size?: number }) {
  const known = GLYPHS[provider];
  const fallback = GLYPHS[CATEGORY_FALLBACK[category] ?? ''];
  const color = (known ?? fallback)?.color ?? NEUTRAL;
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" className="shrink-0">
      <rect width="16" height="16" rx="3.5" fill={color} />
      {known ? known.shape : <circle cx="8" cy="8" r="3" {...stroke} />}
    </svg>
  );
}
