import type { PackageFormat } from './state';

/**
 * The simulated public registries behind external connections: a small, fixed set of packages and versions
 * (docs/codeartifact.md lists them). A package manager asking for anything else gets the 404 it would get from
 * a repository that cannot find the package. Asset names follow each ecosystem's convention; sizes are fixed.
 */

export interface PublicPackageVersion {
  version: string;
  assets: { name: string; size: number }[];
}

export interface PublicPackage {
  namespace?: string;
  name: string;
  /** Oldest first. */
  versions: PublicPackageVersion[];
  summary: string;
}

export interface PublicRegistry {
  /** The external connection name (`public:npmjs`). */
  externalConnectionName: string;
  format: PackageFormat;
  /** What the console calls the public source. */
  title: string;
  packages: PublicPackage[];
}

type Spec = [name: string, versions: string[], sizeBytes: number, summary: string, namespace?: string];

const npmAssets = (name: string, version: string, size: number) => [{ name: `${name}-${version}.tgz`, size }];
const pypiAssets = (name: string, version: string, size: number) => [
  { name: `${name}-${version}.tar.gz`, size },
  { name: `${name.replace(/-/g, '_')}-${version}-py3-none-any.whl`, size: Math.round(size * 0.8) },
];
const mavenAssets = (name: string, version: string, size: number) => [
  { name: `${name}-${version}.jar`, size },
  { name: `${name}-${version}.pom`, size: 4_096 },
];
const nugetAssets = (name: string, version: string, size: number) => [
  { name: `${name.toLowerCase()}.${version}.nupkg`, size },
];
const rubyAssets = (name: string, version: string, size: number) => [{ name: `${name}-${version}.gem`, size }];
const crateAssets = (name: string, version: string, size: number) => [{ name: `${name}-${version}.crate`, size }];

function registry(
  externalConnectionName: string,
  format: PackageFormat,
  title: string,
  assetsOf: (name: string, version: string, size: number) => { name: string; size: number }[],
  specs: Spec[],
): PublicRegistry {
  return {
    externalConnectionName,
    format,
    title,
    packages: specs.map(([name, versions, size, summary, namespace]) => ({
      ...(namespace === undefined ? {} : { namespace }),
      name,
      summary,
      versions: versions.map((version) => ({ version, assets: assetsOf(name, version, size) })),
    })),
  };
}

export const PUBLIC_REGISTRIES: readonly PublicRegistry[] = [
  registry('public:npmjs', 'npm', 'npm registry', npmAssets, [
    ['lodash', ['4.17.19', '4.17.20', '4.17.21'], 318_961, 'Lodash modular utilities.'],
    ['express', ['4.18.2', '4.19.2', '4.21.2'], 220_680, 'Fast, unopinionated, minimalist web framework'],
    ['react', ['18.2.0', '18.3.1', '19.0.0'], 87_613, 'React is a JavaScript library for building user interfaces.'],
    ['react-dom', ['18.3.1', '19.0.0'], 4_512_311, 'React package for working with the DOM.'],
    ['left-pad', ['1.3.0'], 4_019, 'String left pad'],
    [
      'typescript',
      ['5.4.5', '5.9.3'],
      22_981_140,
      'TypeScript is a language for application scale JavaScript development',
    ],
    ['jest', ['29.7.0'], 4_120, 'Delightful JavaScript Testing.'],
    ['axios', ['1.6.8', '1.7.9'], 2_050_772, 'Promise based HTTP client for the browser and node.js'],
    ['chalk', ['4.1.2', '5.3.0'], 43_657, 'Terminal string styling done right'],
    ['uuid', ['9.0.1', '11.0.3'], 120_034, 'RFC9562 UUIDs'],
    ['eslint', ['8.57.0', '9.17.0'], 3_105_219, 'An AST-based pattern checker for JavaScript.'],
    ['node', ['22.12.0'], 1_533, 'Typings for Node.js', 'types'],
    ['core', ['7.26.0'], 1_422_117, 'Babel compiler core.', 'babel'],
  ]),
  registry('public:pypi', 'pypi', 'PyPI', pypiAssets, [
    ['requests', ['2.31.0', '2.32.3'], 131_218, 'Python HTTP for Humans.'],
    ['flask', ['2.3.3', '3.1.0'], 680_221, 'A simple framework for building complex web applications.'],
    ['boto3', ['1.35.90', '1.35.99'], 111_734, 'The AWS SDK for Python'],
    ['botocore', ['1.35.99'], 13_285_001, 'Low-level, data-driven core of boto 3.'],
    ['pytest', ['7.4.4', '8.3.4'], 1_445_010, 'pytest: simple powerful testing with Python'],
    ['numpy', ['1.26.4', '2.2.1'], 20_183_220, 'Fundamental package for array computing in Python'],
    ['django', ['4.2.17', '5.1.4'], 10_902_101, 'A high-level Python web framework.'],
    ['pyyaml', ['6.0.2'], 130_436, 'YAML parser and emitter for Python'],
    ['urllib3', ['2.3.0'], 307_380, 'HTTP library with thread-safe connection pooling.'],
  ]),
  registry('public:maven-central', 'maven', 'Maven Central', mavenAssets, [
    ['junit', ['4.13.2'], 384_581, 'JUnit is a unit testing framework for Java.', 'junit'],
    ['commons-lang3', ['3.14.0', '3.17.0'], 675_000, 'Apache Commons Lang', 'org.apache.commons'],
    ['guava', ['33.3.1-jre', '33.4.0-jre'], 3_016_560, 'Guava: Google Core Libraries for Java', 'com.google.guava'],
    [
      'jackson-databind',
      ['2.18.2'],
      1_649_940,
      'General data-binding functionality for Jackson',
      'com.fasterxml.jackson.core',
    ],
    ['slf4j-api', ['2.0.16'], 68_511, 'The slf4j API', 'org.slf4j'],
  ]),
  registry('public:maven-googleandroid', 'maven', 'Google Android', mavenAssets, [
    ['appcompat', ['1.7.0'], 1_201_450, 'AndroidX AppCompat', 'androidx.appcompat'],
  ]),
  registry('public:maven-gradleplugins', 'maven', 'Gradle plugins', mavenAssets, [
    ['shadow-gradle-plugin', ['8.1.1'], 190_220, 'Gradle plugin to create fat/uber JARs', 'com.github.johnrengelman'],
  ]),
  registry('public:maven-commonsware', 'maven', 'CommonsWare', mavenAssets, [
    ['cwac-saferoom', ['1.3.0'], 40_102, 'SQLCipher for Room', 'com.commonsware.cwac'],
  ]),
  registry('public:maven-clojars', 'maven', 'Clojars', mavenAssets, [
    ['ring-core', ['1.12.2'], 88_705, 'Ring core libraries.', 'ring'],
  ]),
  registry('public:nuget-org', 'nuget', 'NuGet Gallery', nugetAssets, [
    [
      'Newtonsoft.Json',
      ['13.0.1', '13.0.3'],
      2_440_201,
      'Json.NET is a popular high-performance JSON framework for .NET',
    ],
    ['Serilog', ['4.2.0'], 450_016, 'Simple .NET logging with fully-structured events'],
    ['xunit', ['2.9.2'], 10_811, 'xUnit.net is a developer testing tool for the .NET Framework.'],
    ['AWSSDK.Core', ['3.7.400.70'], 3_907_006, 'The Amazon Web Services SDK for .NET - Core Runtime'],
  ]),
  registry('public:ruby-gems-org', 'ruby', 'RubyGems.org', rubyAssets, [
    ['rails', ['7.2.2', '8.0.1'], 7_168, 'Full-stack web application framework.'],
    ['rake', ['13.2.1'], 89_088, 'Rake is a Make-like program implemented in Ruby.'],
  ]),
  registry('public:crates-io', 'cargo', 'Crates.io', crateAssets, [
    ['serde', ['1.0.216', '1.0.217'], 78_968, 'A generic serialization/deserialization framework'],
    [
      'tokio',
      ['1.42.0'],
      788_129,
      'An event-driven, non-blocking I/O platform for writing asynchronous I/O backed applications.',
    ],
  ]),
];

export const publicRegistry = (externalConnectionName: string): PublicRegistry | undefined =>
  PUBLIC_REGISTRIES.find((r) => r.externalConnectionName === externalConnectionName);

/**
 * Package names in npm and PyPI are compared normalised (PyPI: case-insensitive, `-_.` equal; npm: as written);
 * the others as written.
 */
export const normalisedName = (format: PackageFormat, name: string) =>
  format === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;

export function findPublicPackage(
  externalConnectionName: string,
  format: PackageFormat,
  namespace: string | undefined,
  name: string,
): PublicPackage | undefined {
  const registry = publicRegistry(externalConnectionName);
  if (!registry || registry.format !== format) return undefined;
  const wanted = normalisedName(format, name);
  return registry.packages.find(
    (p) => (p.namespace ?? '') === (namespace ?? '') && normalisedName(format, p.name) === wanted,
  );
}
