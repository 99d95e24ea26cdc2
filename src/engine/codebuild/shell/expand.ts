/** Helpers for parameter expansion: shell patterns as regular expressions, and `$(( ))` arithmetic. */

/** A shell glob (`*`, `?`, `[...]`) as a regular expression source. */
export function globSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = pattern
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      out += (pattern[++i] as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/** `${v#p}` / `${v##p}` (prefix) and `${v%p}` / `${v%%p}` (suffix), shortest or longest match. */
export function trimPattern(value: string, op: string, pattern: string): string {
  const src = globSource(pattern);
  if (op === '#' || op === '##') {
    const sizes = [...Array(value.length + 1).keys()];
    if (op === '##') sizes.reverse();
    const re = new RegExp(`^(?:${src})$`);
    for (const n of sizes) if (re.test(value.slice(0, n))) return value.slice(n);
    return value;
  }
  const sizes = [...Array(value.length + 1).keys()];
  if (op === '%%') sizes.reverse();
  const re = new RegExp(`^(?:${src})$`);
  for (const n of sizes) if (re.test(value.slice(value.length - n))) return value.slice(0, value.length - n);
  return value;
}

/** `${v/p/r}` and `${v//p/r}`. */
export function replacePattern(value: string, all: boolean, arg: string): string {
  const slash = arg.indexOf('/');
  const pattern = slash < 0 ? arg : arg.slice(0, slash);
  const replacement = slash < 0 ? '' : arg.slice(slash + 1);
  if (pattern === '') return value;
  let src = globSource(pattern.replace(/^[#%]/, ''));
  if (pattern.startsWith('#')) src = `^(?:${src})`;
  if (pattern.startsWith('%')) src = `(?:${src})$`;
  return value.replace(new RegExp(src, all ? 'g' : ''), () => replacement);
}

/** Integer arithmetic of `$(( ))`: + - * / % ** comparisons, parentheses, variables (unset = 0). */
export function arithmetic(expression: string, lookup: (name: string) => string | undefined): number {
  const tokens = expression.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|==|!=|<=|>=|&&|\|\||[-+*/%()<>!]/g) ?? [];
  let i = 0;
  const value = (name: string) => Number.parseInt(lookup(name) ?? '0', 10) || 0;
  const primary = (): number => {
    const t = tokens[i++];
    if (t === undefined) return 0;
    if (t === '(') {
      const v = or();
      i++;
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() === 0 ? 1 : 0;
    if (/^\d+$/.test(t)) return Number(t);
    return value(t);
  };
  const power = (): number => {
    const base = primary();
    if (tokens[i] === '**') {
      i++;
      return base ** power();
    }
    return base;
  };
  const term = (): number => {
    let v = power();
    while (tokens[i] === '*' || tokens[i] === '/' || tokens[i] === '%') {
      const op = tokens[i++];
      const r = power();
      v = op === '*' ? v * r : r === 0 ? 0 : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = term();
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const compare = (): number => {
    let v = sum();
    while (['<', '>', '<=', '>=', '==', '!='].includes(tokens[i] ?? '')) {
      const op = tokens[i++];
      const r = sum();
      v = Number(
        op === '<'
          ? v < r
          : op === '>'
            ? v > r
            : op === '<='
              ? v <= r
              : op === '>='
                ? v >= r
                : op === '=='
                  ? v === r
                  : v !== r,
      );
    }
    return v;
  };
  const and = (): number => {
    let v = compare();
    while (tokens[i] === '&&') {
      i++;
      const r = compare();
      v = Number(v !== 0 && r !== 0);
    }
    return v;
  };
  const or = (): number => {
    let v = and();
    while (tokens[i] === '||') {
      i++;
      const r = and();
      v = Number(v !== 0 || r !== 0);
    }
    return v;
  };
  return or();
}
