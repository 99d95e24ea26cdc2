/**
 * Git's config files (`~/.gitconfig`, `.git/config`) in git's own INI format, so `cat .git/config` shows what
 * real git writes. Keys are `section.name` or `section.subsection.name` (`remote.origin.url`).
 */
export class GitConfig {
  private readonly values = new Map<string, string>();

  get(key: string): string | undefined {
    return this.values.get(canonical(key));
  }

  set(key: string, value: string): void {
    this.values.set(canonical(key), value);
  }

  unset(key: string): boolean {
    return this.values.delete(canonical(key));
  }

  /** Every entry whose key starts with `prefix`, in file order. */
  entries(prefix = ''): [string, string][] {
    return [...this.values].filter(([k]) => k.startsWith(prefix));
  }
}

/** Section and name are case-insensitive; a subsection keeps its case. */
function canonical(key: string): string {
  const parts = key.split('.');
  if (parts.length < 2) return key.toLowerCase();
  const section = parts[0]!.toLowerCase();
  const name = parts.at(-1)!.toLowerCase();
  const subsection = parts.slice(1, -1).join('.');
  return subsection ? `${section}.${subsection}.${name}` : `${section}.${name}`;
}

/** A key git accepts: `section.name` with letters, digits and `-` in the name. */
export const isValidKey = (key: string) => /^[A-Za-z][A-Za-z0-9-]*(\..+)?\.[A-Za-z][A-Za-z0-9-]*$/.test(key);

export function parseConfig(text: string): GitConfig {
  const config = new GitConfig();
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\]$/.exec(line);
    if (header) {
      section = header[2] === undefined ? header[1]! : `${header[1]}.${header[2].replace(/\\(.)/g, '$1')}`;
      continue;
    }
    const entry = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (entry && section) config.set(`${section}.${entry[1]}`, unquote(entry[2] ?? 'true'));
  }
  return config;
}

const unquote = (value: string) =>
  /^".*"$/.test(value) ? value.slice(1, -1).replace(/\\(["\\])/g, '$1') : value.replace(/\s+[#;].*$/, '');

const quote = (value: string) => (/^\s|\s$|[#;"\\]/.test(value) ? `"${value.replace(/(["\\])/g, '\\$1')}"` : value);

export function serializeConfig(config: GitConfig): string {
  const sections = new Map<string, string[]>();
  for (const [key, value] of config.entries()) {
    const parts = key.split('.');
    const name = parts.at(-1)!;
    const subsection = parts.slice(1, -1).join('.');
    const header = subsection ? `[${parts[0]} "${subsection.replace(/(["\\])/g, '\\$1')}"]` : `[${parts[0]}]`;
    sections.set(header, [...(sections.get(header) ?? []), `\t${name} = ${quote(value)}`]);
  }
  return [...sections].map(([header, lines]) => `${header}\n${lines.join('\n')}\n`).join('');
}
