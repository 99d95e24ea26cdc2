/**
 * The curated CodeBuild images and the runtimes `runtime-versions` can select on each (aws-facts.md §2.5).
 * Versions are listed newest first; `latest` and `N.x` pick the first that fits. The default version (what
 * `node --version` prints when the buildspec selects nothing) is the simulator's choice, documented in
 * docs/codebuild-simulation.md.
 */
export interface ImageSpec {
  runtimes: Readonly<Record<string, readonly string[]>>;
  defaults: Readonly<Record<string, string>>;
  /** Whether the image supports `runtime-versions` at all. */
  runtimeSelection: boolean;
  platform: 'UBUNTU' | 'AMAZON_LINUX_2' | 'AMAZON_LINUX_2023' | 'WINDOWS_SERVER_2019' | 'WINDOWS_SERVER_2022';
  description: string;
}

const PY_3_9 = ['3.14', '3.13', '3.12', '3.11', '3.10', '3.9'];
const STANDARD_7: ImageSpec['runtimes'] = {
  java: ['corretto25', 'corretto21', 'corretto17', 'corretto11', 'corretto8'],
  golang: ['1.26', '1.25', '1.24', '1.23', '1.22', '1.21', '1.20'],
  python: PY_3_9,
  php: ['8.5', '8.4', '8.3', '8.2'],
  ruby: ['4.0', '3.4', '3.3', '3.2', '3.1'],
  nodejs: ['24', '22', '20', '18'],
  dotnet: ['10.0', '8.0', '6.0'],
};
const STANDARD_8: ImageSpec['runtimes'] = {
  java: ['corretto25', 'corretto21', 'corretto17', 'corretto11', 'corretto8'],
  golang: ['1.26', '1.25', '1.24'],
  python: PY_3_9.slice(0, 5),
  php: ['8.5', '8.4', '8.3', '8.2'],
  ruby: ['4.0', '3.4', '3.3'],
  nodejs: ['24', '22'],
  dotnet: ['10.0', '8.0'],
  rust: ['1.93'],
};
const DEFAULTS_7 = {
  java: 'corretto17',
  golang: '1.22',
  python: '3.12',
  php: '8.3',
  ruby: '3.3',
  nodejs: '20',
  dotnet: '8.0',
};
const DEFAULTS_8 = {
  java: 'corretto21',
  golang: '1.25',
  python: '3.13',
  php: '8.4',
  ruby: '3.4',
  nodejs: '22',
  dotnet: '8.0',
  rust: '1.93',
};
// Older images (2023 table): approximate runtime lists of their era.
const STANDARD_5 = {
  java: ['corretto11', 'corretto8'],
  golang: ['1.15', '1.14', '1.13', '1.12'],
  python: ['3.9', '3.8', '3.7'],
  php: ['8.0', '7.4', '7.3'],
  ruby: ['2.7', '2.6'],
  nodejs: ['14', '12', '10'],
  dotnet: ['5.0', '3.1'],
};
const STANDARD_6 = {
  java: ['corretto17', 'corretto11'],
  golang: ['1.18'],
  python: ['3.10'],
  php: ['8.1'],
  ruby: ['3.1'],
  nodejs: ['16'],
  dotnet: ['6.0'],
};

const image = (
  platform: ImageSpec['platform'],
  description: string,
  runtimes: ImageSpec['runtimes'],
  defaults: ImageSpec['defaults'],
): ImageSpec => ({ platform, description, runtimes, defaults, runtimeSelection: true });

export const CURATED_IMAGES: Readonly<Record<string, ImageSpec>> = {
  'aws/codebuild/standard:7.0': image('UBUNTU', 'Ubuntu 22.04 standard image 7.0', STANDARD_7, DEFAULTS_7),
  'aws/codebuild/standard:8.0': image('UBUNTU', 'Ubuntu 24.04 standard image 8.0', STANDARD_8, DEFAULTS_8),
  'aws/codebuild/amazonlinux-x86_64-standard:5.0': image(
    'AMAZON_LINUX_2023',
    'Amazon Linux 2023 x86_64 standard image 5.0',
    STANDARD_7,
    DEFAULTS_7,
  ),
  'aws/codebuild/amazonlinux-x86_64-standard:6.0': image(
    'AMAZON_LINUX_2023',
    'Amazon Linux 2023 x86_64 standard image 6.0',
    STANDARD_8,
    DEFAULTS_8,
  ),
  'aws/codebuild/amazonlinux-aarch64-standard:3.0': image(
    'AMAZON_LINUX_2023',
    'Amazon Linux 2023 aarch64 standard image 3.0',
    { ...STANDARD_7, rust: ['1.94'], php: [...STANDARD_7.php!, '8.1'] },
    DEFAULTS_7,
  ),
  'aws/codebuild/amazonlinux-aarch64-standard:4.0': image(
    'AMAZON_LINUX_2023',
    'Amazon Linux 2023 aarch64 standard image 4.0',
    STANDARD_8,
    DEFAULTS_8,
  ),
  'aws/codebuild/standard:5.0': image('UBUNTU', 'Ubuntu 20.04 standard image 5.0 (retired)', STANDARD_5, {
    java: 'corretto11',
    golang: '1.15',
    python: '3.9',
    php: '7.4',
    ruby: '2.7',
    nodejs: '14',
    dotnet: '3.1',
  }),
  'aws/codebuild/standard:6.0': image('UBUNTU', 'Ubuntu 22.04 standard image 6.0 (retired)', STANDARD_6, {
    java: 'corretto17',
    golang: '1.18',
    python: '3.10',
    php: '8.1',
    ruby: '3.1',
    nodejs: '16',
    dotnet: '6.0',
  }),
  'aws/codebuild/amazonlinux2-x86_64-standard:4.0': image(
    'AMAZON_LINUX_2',
    'Amazon Linux 2 x86_64 standard image 4.0',
    { ...STANDARD_6, nodejs: ['18', '16'] },
    { java: 'corretto17', golang: '1.18', python: '3.10', php: '8.1', ruby: '3.1', nodejs: '18', dotnet: '6.0' },
  ),
  'aws/codebuild/amazonlinux2-x86_64-standard:3.0': image(
    'AMAZON_LINUX_2',
    'Amazon Linux 2 x86_64 standard image 3.0 (retired)',
    STANDARD_5,
    { java: 'corretto11', golang: '1.15', python: '3.9', php: '7.4', ruby: '2.7', nodejs: '14', dotnet: '3.1' },
  ),
  'aws/codebuild/amazonlinux2-aarch64-standard:2.0': image(
    'AMAZON_LINUX_2',
    'Amazon Linux 2 aarch64 standard image 2.0',
    STANDARD_5,
    { java: 'corretto11', golang: '1.15', python: '3.9', php: '7.4', ruby: '2.7', nodejs: '14', dotnet: '3.1' },
  ),
  'aws/codebuild/windows-base:2019-2.0': {
    ...image('WINDOWS_SERVER_2019', 'Windows Server Core 2019 base image 2.0', {}, {}),
    runtimeSelection: false,
  },
  'aws/codebuild/windows-base:2019-3.0': {
    ...image('WINDOWS_SERVER_2019', 'Windows Server Core 2019 base image 3.0', {}, {}),
    runtimeSelection: false,
  },
  'aws/codebuild/windows-base:2022-1.0': {
    ...image('WINDOWS_SERVER_2022', 'Windows Server Core 2022 base image 1.0', {}, {}),
    runtimeSelection: false,
  },
};

const LAMBDA_RUNTIMES: Record<string, [string, string]> = {
  corretto11: ['java', 'corretto11'],
  corretto17: ['java', 'corretto17'],
  corretto21: ['java', 'corretto21'],
  dotnet6: ['dotnet', '6.0'],
  dotnet8: ['dotnet', '8.0'],
  'go1.21': ['golang', '1.21'],
  nodejs18: ['nodejs', '18'],
  nodejs20: ['nodejs', '20'],
  'python3.11': ['python', '3.11'],
  'python3.12': ['python', '3.12'],
  'ruby3.2': ['ruby', '3.2'],
};

/** The image's runtimes; a Lambda image has exactly one, and a custom image has no runtime selection. */
export function imageSpec(name: string): ImageSpec | undefined {
  const curated = CURATED_IMAGES[name];
  if (curated) return curated;
  const lambda = /^aws\/codebuild\/amazonlinux-(?:x86_64|aarch64)-lambda-standard:(.+)$/.exec(name);
  const runtime = lambda && LAMBDA_RUNTIMES[lambda[1] as string];
  if (runtime) {
    return {
      platform: 'AMAZON_LINUX_2023',
      description: `Lambda ${lambda[1]} image`,
      runtimes: { [runtime[0]]: [runtime[1]] },
      defaults: { [runtime[0]]: runtime[1] },
      runtimeSelection: false,
    };
  }
  return undefined;
}

export const isLambdaImage = (name: string) => /-lambda-standard:/.test(name);

export type RuntimeChoice = { ok: true; version: string } | { ok: false; message: string };

/** Resolves `nodejs: 20`, `python: 3.x`, `java: corretto17`, `golang: latest` against an image. */
export function chooseRuntime(spec: ImageSpec, runtime: string, wanted: string): RuntimeChoice {
  const versions = spec.runtimes[runtime];
  if (!versions) {
    return {
      ok: false,
      message: `Unknown runtime named '${runtime}'. This build image has the following runtimes: ${Object.keys(spec.runtimes).sort().join(', ')}`,
    };
  }
  const asked = wanted.trim();
  const pick = (v: string | undefined): RuntimeChoice =>
    v === undefined
      ? {
          ok: false,
          message: `Unknown runtime version named '${asked}' of ${runtime}. This build image has the following versions: ${[...versions].reverse().join(', ')}`,
        }
      : { ok: true, version: v };
  if (asked === 'latest') return pick(versions[0]);
  const exact = versions.find((v) => v === asked || v === asked.replace(/\.0$/, '') || `${v}.0` === asked);
  if (exact) return pick(exact);
  const wildcard = /^(.*?)\.?x$/.exec(asked);
  if (wildcard) {
    const major = wildcard[1] as string;
    return pick(versions.find((v) => v === major || v.startsWith(`${major}.`)));
  }
  if (/^\d+$/.test(asked)) return pick(versions.find((v) => v.split('.')[0] === asked));
  return pick(undefined);
}
