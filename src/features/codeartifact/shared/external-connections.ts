import type { PackageFormat } from '../../../api/codeartifact/wire-types';

/** The public repositories a CodeArtifact repository can connect to (facts §5.1), with the format each serves. */
export const EXTERNAL_CONNECTIONS: readonly { name: string; format: PackageFormat; source: string }[] = [
  { name: 'public:npmjs', format: 'npm', source: 'npm registry' },
  { name: 'public:pypi', format: 'pypi', source: 'PyPI' },
  { name: 'public:maven-central', format: 'maven', source: 'Maven Central' },
  { name: 'public:maven-googleandroid', format: 'maven', source: 'Google Android' },
  { name: 'public:maven-gradleplugins', format: 'maven', source: 'Gradle plugins' },
  { name: 'public:maven-commonsware', format: 'maven', source: 'CommonsWare' },
  { name: 'public:maven-clojars', format: 'maven', source: 'Clojars' },
  { name: 'public:nuget-org', format: 'nuget', source: 'NuGet Gallery' },
  { name: 'public:ruby-gems-org', format: 'ruby', source: 'RubyGems.org' },
  { name: 'public:crates-io', format: 'cargo', source: 'Crates.io' },
];

export const PACKAGE_FORMATS: readonly PackageFormat[] = [
  'npm',
  'pypi',
  'maven',
  'nuget',
  'generic',
  'ruby',
  'swift',
  'cargo',
];

/** How a package is written by its own ecosystem: `@scope/name` for npm, `group:artifact` for Maven. */
export function packageDisplayName(format: string | undefined, namespace: string | undefined, name: string): string {
  if (!namespace) return name;
  if (format === 'npm') return `@${namespace}/${name}`;
  if (format === 'maven') return `${namespace}:${name}`;
  return `${namespace}/${name}`;
}
