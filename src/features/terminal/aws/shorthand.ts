/**
 * The AWS CLI's shorthand syntax (awscli/shorthand.py): `Key=a,Value=b`, `Names=[a,b]`, `Opts={A=1,B=2}`,
 * quoted values, and a bare comma list after a key (`Ids=a,b,c`) meaning a list.
 */

export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

/** The CLI's ShorthandParseSyntaxError, word for word: what was expected, what came, and a caret under it. */
export class ShorthandSyntaxError extends Error {
  constructor(input: string, expected: string, index: number) {
    const actual = index >= input.length ? 'EOF' : input[index];
    super(`Expected: '${expected}', received: '${actual}' for input:\n${input}\n${' '.repeat(index)}^`);
  }
}

const KEY_CHARS = /[A-Za-z0-9_\-.#/:]/;

export function parseShorthand(input: string): Record<string, ShorthandValue> {
  let i = 0;
  const peek = () => input[i];
  const consumeWhitespace = () => {
    while (i < input.length && /\s/.test(input[i] as string)) i++;
  };
  const expect = (char: string) => {
    consumeWhitespace();
    if (input[i] !== char) throw new ShorthandSyntaxError(input, char, i);
    i++;
    consumeWhitespace();
  };

  const key = () => {
    const start = i;
    while (i < input.length && KEY_CHARS.test(input[i] as string)) i++;
    return input.slice(start, i).trim();
  };

  const quoted = (): string => {
    const quote = input[i] as string;
    i++;
    let out = '';
    while (i < input.length && input[i] !== quote) {
      if (input[i] === '\\' && input[i + 1] === quote) i++;
      out += input[i];
      i++;
    }
    if (i >= input.length) throw new ShorthandSyntaxError(input, quote, i);
    i++;
    return out;
  };

  /** An unquoted value runs to the next `,` (or `]`/`}` inside brackets). */
  const plain = (stops: string): string => {
    const start = i;
    while (i < input.length && !stops.includes(input[i] as string)) {
      if (input[i] === '\\') i++;
      i++;
    }
    return input.slice(start, i).replace(/\\(.)/g, '$1').trim();
  };

  const scalar = (stops: string): string => {
    consumeWhitespace();
    const c = peek();
    return c === "'" || c === '"' ? quoted() : plain(stops);
  };

  const explicitList = (): ShorthandValue[] => {
    expect('[');
    const values: ShorthandValue[] = [];
    while (peek() !== ']') {
      if (i >= input.length) throw new ShorthandSyntaxError(input, ']', i);
      values.push(value(',]'));
      consumeWhitespace();
      if (peek() === ',') expect(',');
    }
    expect(']');
    return values;
  };

  const hashLiteral = (): Record<string, ShorthandValue> => {
    expect('{');
    const out: Record<string, ShorthandValue> = {};
    while (peek() !== '}') {
      if (i >= input.length) throw new ShorthandSyntaxError(input, '}', i);
      const k = key();
      expect('=');
      out[k] = value(',}');
      consumeWhitespace();
      if (peek() === ',') expect(',');
    }
    expect('}');
    return out;
  };

  function value(stops: string): ShorthandValue {
    consumeWhitespace();
    if (peek() === '[') return explicitList();
    if (peek() === '{') return hashLiteral();
    return scalar(stops);
  }

  /** After `Key=a`, a `,b` that is not itself `key=...` continues a list: `Key=a,b,c`. */
  const nextIsKeyval = () => {
    const rest = input.slice(i + 1);
    return /^\s*[A-Za-z0-9_\-.#/:]+\s*=/.test(rest);
  };

  const params: Record<string, ShorthandValue> = {};
  while (i < input.length) {
    const k = key();
    if (k === '') throw new ShorthandSyntaxError(input, '=', i);
    expect('=');
    let v = value(',');
    if (typeof v === 'string' && peek() === ',' && !nextIsKeyval()) {
      const list: ShorthandValue[] = [v];
      while (peek() === ',' && !nextIsKeyval()) {
        i++;
        list.push(scalar(','));
      }
      v = list;
    }
    params[k] = v;
    consumeWhitespace();
    if (i < input.length) expect(',');
  }
  return params;
}
