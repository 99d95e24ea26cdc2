/**
 * CodeArtifact's naming rules (facts §5.1), checked as the user types so the rule is seen before the service
 * refuses: a domain `[a-z][a-z0-9\-]{0,48}[a-z0-9]`, a repository `[A-Za-z0-9][A-Za-z0-9._\-]{1,99}`.
 */
export const DOMAIN_NAME_RULE =
  '2–50 characters: lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen.';
export const REPOSITORY_NAME_RULE =
  '2–100 characters: letters, digits, dots, underscores and hyphens, starting with a letter or digit.';

/** What is wrong with a domain name, in the order a reader fixes it; empty when CodeArtifact accepts it. */
export function domainNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length < 2 || name.length > 50) problems.push(`Use 2 to 50 characters (this has ${name.length}).`);
  if (name !== '' && !/^[a-z]/.test(name)) problems.push('Start with a lowercase letter.');
  const bad = [...new Set(name.replace(/[a-z0-9-]/g, ''))];
  if (bad.length > 0)
    problems.push(`Use only lowercase letters, digits and hyphens (not ${bad.map((c) => `“${c}”`).join(' ')}).`);
  if (name.endsWith('-')) problems.push('End with a lowercase letter or a digit, not a hyphen.');
  return problems;
}

/** What is wrong with a repository name; empty when CodeArtifact accepts it. */
export function repositoryNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length < 2 || name.length > 100) problems.push(`Use 2 to 100 characters (this has ${name.length}).`);
  if (name !== '' && !/^[A-Za-z0-9]/.test(name)) problems.push('Start with a letter or a digit.');
  const bad = [...new Set(name.replace(/[A-Za-z0-9._-]/g, ''))];
  if (bad.length > 0)
    problems.push(
      `Use only letters, digits, dots, underscores and hyphens (not ${bad.map((c) => `“${c}”`).join(' ')}).`,
    );
  return problems;
}
