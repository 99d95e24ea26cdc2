/** Naming rules from the CodeCommit quotas page (aws-facts.md §4.5). */
export const REPOSITORY_LIMIT = 1000;
export const DESCRIPTION_MAX = 1000;
export const FILE_MAX_BYTES = 6 * 1024 * 1024;

export function isValidRepositoryName(name: string): boolean {
  return name.length >= 1 && name.length <= 100 && /^[\w.-]+$/.test(name) && !name.endsWith('.git');
}

/** git-check-ref-format as CodeCommit applies it to branch names. */
export function isValidBranchName(name: string): boolean {
  if (name.length < 1 || name.length > 256) return false;
  if (/^[0-9a-f]{40}$/i.test(name)) return false;
  if (name === '@' || /^[/.]|[/.]$/.test(name)) return false;
  if (name.includes('..') || name.includes('//') || name.includes('@{')) return false;
  if (/[\s?^*[\\~:]/.test(name)) return false;
  return ![...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

/** Repository paths are relative, without empty, `.` or `..` segments. */
export function normalizePath(path: string): string | undefined {
  const trimmed = path.replace(/^\/+/, '').replace(/\/+$/, '');
  if (trimmed === '') return '';
  const parts = trimmed.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  if (trimmed.length > 4096 || parts.length > 21) return undefined;
  return trimmed;
}
