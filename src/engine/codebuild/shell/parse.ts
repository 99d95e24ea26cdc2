/**
 * A parser for the shell commands people write in buildspecs: words with quotes and expansions, pipelines,
 * `&&`/`||`/`;`/`&` lists, redirections and here-documents. Compound commands (`if`, `for`, `while`, `case`,
 * `{ }`, `( )`, function definitions) are recognised and kept whole, so the interpreter can treat them as one
 * unit. It never throws: what it cannot read becomes literal text.
 */

export type WordPart =
  | { t: 'lit'; v: string; q: boolean }
  | { t: 'var'; name: string; op?: string; arg?: string; q: boolean }
  | { t: 'cmd'; src: string; q: boolean }
  | { t: 'arith'; src: string; q: boolean }
  | { t: 'tilde' };

export type Word = WordPart[];

export interface Redirect {
  op: '>' | '>>' | '<' | '<<' | '<<<' | '>&' | '&>';
  fd: number;
  target?: Word;
  /** The target fd of `2>&1`. */
  dup?: number;
  /** Here-document body; expanded unless the delimiter was quoted. */
  body?: string;
  literalBody?: boolean;
}

export interface SimpleCommand {
  kind: 'simple';
  assigns: { name: string; value: Word; append: boolean }[];
  words: Word[];
  redirects: Redirect[];
  text: string;
}

export interface CompoundCommand {
  kind: 'compound';
  keyword: string;
  text: string;
}

export type Command = SimpleCommand | CompoundCommand;

export interface Pipeline {
  negate: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  background: boolean;
  text: string;
}

export type Script = AndOr[];

type Token =
  | { type: 'word'; word: Word; raw: string; start: number; end: number; plain: boolean }
  | { type: 'op'; op: string; start: number; end: number }
  | { type: 'redir'; redirect: Redirect; start: number; end: number; needsTarget: boolean };

const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Index just past the `)` that closes a `$(` or `(` opened before `from`, skipping quotes. */
function matchParen(src: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const close = src.indexOf("'", i + 1);
      i = close < 0 ? src.length : close + 1;
    } else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      depth--;
      i++;
      if (depth === 0) return i;
    } else i++;
  }
  return src.length;
}

function matchBrace(src: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const close = src.indexOf("'", i + 1);
      i = close < 0 ? src.length : close + 1;
    } else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      depth--;
      i++;
      if (depth === 0) return i;
    } else i++;
  }
  return src.length;
}

/** `${...}` contents: `NAME`, `#NAME`, `NAME:-word`, `NAME##pattern`, `NAME/a/b`, `NAME:1:2`, `NAME^^`. */
function braceExpansion(body: string, q: boolean): WordPart {
  if (body.startsWith('#') && body.length > 1 && /^[A-Za-z_0-9@*]+$/.test(body.slice(1))) {
    return { t: 'var', name: body.slice(1), op: 'len', q };
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])([\s\S]*)$/.exec(body);
  if (!m) return { t: 'lit', v: `\${${body}}`, q };
  const name = m[1] as string;
  const rest = m[2] as string;
  if (rest === '') return { t: 'var', name, q };
  const op = /^(:-|:=|:\+|:\?|-|=|\+|\?|##|#|%%|%|\/\/|\/|\^\^|,,|\^|,|:)/.exec(rest)?.[1];
  if (!op) return { t: 'lit', v: `\${${body}}`, q };
  return { t: 'var', name, op, arg: rest.slice(op.length), q };
}

class Lexer {
  private i = 0;
  readonly tokens: Token[] = [];
  private heredocs: Redirect[] = [];

  constructor(private readonly src: string) {}

  run(): Token[] {
    const { src } = this;
    while (this.i < src.length) {
      const c = src[this.i] as string;
      if (c === ' ' || c === '\t' || c === '\r') {
        this.i++;
      } else if (c === '\\' && src[this.i + 1] === '\n') {
        this.i += 2;
      } else if (c === '\n') {
        this.tokens.push({ type: 'op', op: '\n', start: this.i, end: this.i + 1 });
        this.i++;
        this.readHeredocBodies();
      } else if (c === '#') {
        while (this.i < src.length && src[this.i] !== '\n') this.i++;
      } else if (this.readOperator()) {
        // consumed
      } else {
        this.readWord();
      }
    }
    return this.tokens;
  }

  private readOperator(): boolean {
    const { src } = this;
    const start = this.i;
    const rest = src.slice(start, start + 4);
    const fdMatch = /^(\d)(?=[<>])/.exec(rest);
    const fd = fdMatch ? Number(fdMatch[1]) : undefined;
    const at = fdMatch ? start + 1 : start;
    const two = src.slice(at, at + 3);
    const redirect = (op: Redirect['op'], len: number, defaultFd: number, needsTarget = true) => {
      const r: Redirect = { op, fd: fd ?? defaultFd };
      this.i = at + len;
      if (op === '>&') {
        const dup = /^\s*(\d|-)/.exec(src.slice(this.i));
        if (dup && dup[1] !== '-') {
          r.dup = Number(dup[1]);
          this.i += dup[0].length;
          needsTarget = false;
        } else if (dup) {
          this.i += dup[0].length;
          needsTarget = false;
        }
      }
      this.tokens.push({ type: 'redir', redirect: r, start, end: this.i, needsTarget });
      return true;
    };
    if (two.startsWith('<<<')) return redirect('<<<', 3, 0);
    if (two.startsWith('<<-')) return this.heredoc(start, at + 3, true, fd);
    if (two.startsWith('<<')) return this.heredoc(start, at + 2, false, fd);
    if (two.startsWith('&>>')) return redirect('&>', 3, 1);
    if (two.startsWith('&>') && fd === undefined) return redirect('&>', 2, 1);
    if (two.startsWith('>>')) return redirect('>>', 2, 1);
    if (two.startsWith('>&')) return redirect('>&', 2, 1);
    if (two.startsWith('>|')) return redirect('>', 2, 1);
    if (two.startsWith('>')) return redirect('>', 1, 1);
    if (two.startsWith('<&')) return redirect('<', 2, 0);
    if (two.startsWith('<')) return redirect('<', 1, 0);
    if (fd !== undefined) return false;
    for (const op of ['&&', '||', ';;', ';', '&', '|', '(', ')']) {
      if (src.startsWith(op, start)) {
        this.tokens.push({ type: 'op', op, start, end: start + op.length });
        this.i = start + op.length;
        return true;
      }
    }
    return false;
  }

  private heredoc(start: number, after: number, stripTabs: boolean, fd: number | undefined): boolean {
    const { src } = this;
    let i = after;
    while (src[i] === ' ' || src[i] === '\t') i++;
    let delimiter = '';
    let quoted = false;
    while (i < src.length && !META.has(src[i] as string)) {
      const c = src[i] as string;
      if (c === "'" || c === '"') {
        quoted = true;
        const close = src.indexOf(c, i + 1);
        delimiter += src.slice(i + 1, close < 0 ? src.length : close);
        i = close < 0 ? src.length : close + 1;
      } else if (c === '\\') {
        quoted = true;
        delimiter += src[i + 1] ?? '';
        i += 2;
      } else {
        delimiter += c;
        i++;
      }
    }
    const r: Redirect = { op: '<<', fd: fd ?? 0, body: '', literalBody: quoted };
    (r as Redirect & { delimiter?: string; stripTabs?: boolean }).delimiter = delimiter;
    (r as Redirect & { stripTabs?: boolean }).stripTabs = stripTabs;
    this.heredocs.push(r);
    this.tokens.push({ type: 'redir', redirect: r, start, end: i, needsTarget: false });
    this.i = i;
    return true;
  }

  private readHeredocBodies(): void {
    const { src } = this;
    for (const r of this.heredocs) {
      const { delimiter, stripTabs } = r as Redirect & { delimiter: string; stripTabs: boolean };
      const lines: string[] = [];
      while (this.i < src.length) {
        const nl = src.indexOf('\n', this.i);
        const end = nl < 0 ? src.length : nl;
        let line = src.slice(this.i, end);
        this.i = nl < 0 ? src.length : nl + 1;
        if (stripTabs) line = line.replace(/^\t+/, '');
        if (line.replace(/\r$/, '') === delimiter) break;
        lines.push(line);
      }
      r.body = lines.length > 0 ? `${lines.join('\n')}\n` : '';
      delete (r as { delimiter?: string }).delimiter;
      delete (r as { stripTabs?: boolean }).stripTabs;
    }
    this.heredocs = [];
  }

  private readWord(): void {
    const { src } = this;
    const start = this.i;
    const parts: WordPart[] = [];
    let plain = true;
    const lit = (v: string, q: boolean) => {
      const last = parts[parts.length - 1];
      if (last && last.t === 'lit' && last.q === q) last.v += v;
      else parts.push({ t: 'lit', v, q });
    };
    if (
      src[this.i] === '~' &&
      (this.i + 1 >= src.length || src[this.i + 1] === '/' || META.has(src[this.i + 1] as string))
    ) {
      parts.push({ t: 'tilde' });
      plain = false;
      this.i++;
    }
    while (this.i < src.length) {
      const c = src[this.i] as string;
      if (META.has(c)) break;
      if (c === '\\') {
        plain = false;
        if (src[this.i + 1] === '\n') this.i += 2;
        else {
          lit(src[this.i + 1] ?? '', true);
          this.i += 2;
        }
      } else if (c === "'") {
        plain = false;
        const close = src.indexOf("'", this.i + 1);
        const end = close < 0 ? src.length : close;
        lit(src.slice(this.i + 1, end), true);
        this.i = end + 1;
      } else if (c === '"') {
        plain = false;
        this.i++;
        if (src[this.i] === '"') lit('', true);
        while (this.i < src.length && src[this.i] !== '"') {
          const d = src[this.i] as string;
          if (d === '\\' && /["\\$`\n]/.test(src[this.i + 1] ?? '')) {
            if (src[this.i + 1] !== '\n') lit(src[this.i + 1] as string, true);
            this.i += 2;
          } else if (d === '$') {
            this.readDollar(parts, true, lit);
          } else if (d === '`') {
            this.readBacktick(parts, true);
          } else {
            lit(d, true);
            this.i++;
          }
        }
        this.i++;
      } else if (c === '$') {
        plain = false;
        this.readDollar(parts, false, lit);
      } else if (c === '`') {
        plain = false;
        this.readBacktick(parts, false);
      } else {
        lit(c, false);
        this.i++;
      }
    }
    this.tokens.push({ type: 'word', word: parts, raw: src.slice(start, this.i), start, end: this.i, plain });
  }

  private readBacktick(parts: WordPart[], q: boolean): void {
    const { src } = this;
    let i = this.i + 1;
    let body = '';
    while (i < src.length && src[i] !== '`') {
      if (src[i] === '\\' && /[`\\$]/.test(src[i + 1] ?? '')) {
        body += src[i + 1];
        i += 2;
      } else body += src[i++];
    }
    parts.push({ t: 'cmd', src: body, q });
    this.i = i + 1;
  }

  private readDollar(parts: WordPart[], q: boolean, lit: (v: string, q: boolean) => void): void {
    const { src } = this;
    const next = src[this.i + 1] ?? '';
    if (next === '(' && src[this.i + 2] === '(') {
      const end = matchParen(src, this.i + 3);
      const inner = src.slice(this.i + 3, end - 1);
      parts.push({ t: 'arith', src: inner.endsWith(')') ? inner.slice(0, -1) : inner, q });
      this.i = src[end] === ')' ? end + 1 : end;
    } else if (next === '(') {
      const end = matchParen(src, this.i + 2);
      parts.push({ t: 'cmd', src: src.slice(this.i + 2, end - 1), q });
      this.i = end;
    } else if (next === '{') {
      const end = matchBrace(src, this.i + 2);
      parts.push(braceExpansion(src.slice(this.i + 2, end - 1), q));
      this.i = end;
    } else if (NAME_START.test(next)) {
      let j = this.i + 1;
      while (j < src.length && NAME_CHAR.test(src[j] as string)) j++;
      parts.push({ t: 'var', name: src.slice(this.i + 1, j), q });
      this.i = j;
    } else if (/[0-9?$#@*!-]/.test(next) && next !== '') {
      parts.push({ t: 'var', name: next, q });
      this.i += 2;
    } else {
      lit('$', q);
      this.i++;
    }
  }
}

const OPENERS: Record<string, string> = {
  if: 'fi',
  for: 'done',
  while: 'done',
  until: 'done',
  select: 'done',
  case: 'esac',
  '{': '}',
};
const COMMAND_STARTERS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'in']);

class Parser {
  private p = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly src: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.p];
  }

  private isOp(t: Token | undefined, ...ops: string[]): boolean {
    return t?.type === 'op' && ops.includes(t.op);
  }

  parse(): Script {
    const script: Script = [];
    for (;;) {
      while (this.isOp(this.peek(), '\n', ';', '&', ';;', ')')) this.p++;
      if (this.p >= this.tokens.length) return script;
      const item = this.andOr();
      if (item) script.push(item);
      else this.p++;
    }
  }

  private andOr(): AndOr | undefined {
    const startToken = this.peek();
    const first = this.pipeline();
    if (!first) return undefined;
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.peek();
      if (t?.type === 'op' && (t.op === '&&' || t.op === '||')) {
        this.p++;
        while (this.isOp(this.peek(), '\n')) this.p++;
        const next = this.pipeline();
        if (!next) break;
        rest.push({ op: t.op, pipeline: next });
      } else break;
    }
    const endToken = this.tokens[this.p - 1];
    const background = this.isOp(this.peek(), '&');
    if (background || this.isOp(this.peek(), ';')) this.p++;
    return {
      first,
      rest,
      background,
      text: this.src.slice(startToken?.start ?? 0, endToken?.end ?? this.src.length).trim(),
    };
  }

  private pipeline(): Pipeline | undefined {
    let negate = false;
    const t = this.peek();
    if (t?.type === 'word' && t.plain && t.raw === '!') {
      negate = true;
      this.p++;
    }
    const first = this.command();
    if (!first) return undefined;
    const commands = [first];
    while (this.isOp(this.peek(), '|')) {
      this.p++;
      while (this.isOp(this.peek(), '\n')) this.p++;
      const next = this.command();
      if (!next) break;
      commands.push(next);
    }
    return { negate, commands };
  }

  private command(): Command | undefined {
    const t = this.peek();
    if (!t) return undefined;
    if (t.type === 'op' && t.op === '(') return this.compound('(', ')');
    if (t.type === 'word' && t.plain) {
      const closer = OPENERS[t.raw];
      if (closer) return this.compound(t.raw, closer);
      if (t.raw === 'function' || t.raw === '[[' || t.raw === '((') return this.compoundToLineEnd(t.raw);
      const next = this.tokens[this.p + 1];
      const after = this.tokens[this.p + 2];
      if (this.isOp(next, '(') && this.isOp(after, ')')) return this.functionDefinition();
    }
    if (t.type === 'op') return undefined;
    return this.simple();
  }

  /** Consumes from an opener to its matching closer (keywords only count in command position). */
  private compound(keyword: string, closer: string): CompoundCommand {
    const start = this.peek()?.start ?? 0;
    const stack: string[] = [];
    let commandPosition = true;
    while (this.p < this.tokens.length) {
      const t = this.tokens[this.p] as Token;
      this.p++;
      const top = stack[stack.length - 1];
      if (t.type === 'op') {
        if (t.op === '(' && top !== 'esac' && commandPosition) stack.push(')');
        else if (t.op === ')' && top === ')') stack.pop();
        commandPosition = t.op !== ')' || top === 'esac' ? true : false;
        if (t.op === ')' && top === 'esac') commandPosition = true;
      } else if (t.type === 'word') {
        const word = t.plain ? t.raw : '';
        if (commandPosition && OPENERS[word]) stack.push(OPENERS[word] as string);
        else if (commandPosition && word === top) stack.pop();
        else if (top === 'esac' && word === 'esac') stack.pop();
        commandPosition = COMMAND_STARTERS.has(word) || (top === 'esac' && word === 'in');
      } else {
        commandPosition = false;
      }
      if (stack.length === 0) break;
    }
    // Redirections written after the closer belong to the compound command.
    while (this.peek()?.type === 'redir') {
      const r = this.peek() as Extract<Token, { type: 'redir' }>;
      this.p++;
      if (r.needsTarget && this.peek()?.type === 'word') this.p++;
    }
    const end = this.tokens[this.p - 1]?.end ?? this.src.length;
    void closer;
    return { kind: 'compound', keyword, text: this.src.slice(start, end) };
  }

  private functionDefinition(): CompoundCommand {
    const start = this.peek()?.start ?? 0;
    const name = (this.peek() as Extract<Token, { type: 'word' }>).raw;
    this.p += 3;
    while (this.isOp(this.peek(), '\n')) this.p++;
    const body = this.command();
    const end = this.tokens[this.p - 1]?.end ?? this.src.length;
    void body;
    return { kind: 'compound', keyword: `function ${name}`, text: this.src.slice(start, end) };
  }

  private compoundToLineEnd(keyword: string): CompoundCommand {
    if (keyword === 'function') {
      const start = this.peek()?.start ?? 0;
      this.p++;
      const name = this.peek()?.type === 'word' ? (this.peek() as Extract<Token, { type: 'word' }>).raw : '';
      this.p++;
      if (this.isOp(this.peek(), '(') && this.isOp(this.tokens[this.p + 1], ')')) this.p += 2;
      while (this.isOp(this.peek(), '\n')) this.p++;
      this.command();
      const end = this.tokens[this.p - 1]?.end ?? this.src.length;
      return { kind: 'compound', keyword: `function ${name}`, text: this.src.slice(start, end) };
    }
    const start = this.peek()?.start ?? 0;
    const close = keyword === '[[' ? ']]' : '))';
    while (this.p < this.tokens.length) {
      const t = this.tokens[this.p] as Token;
      this.p++;
      if (t.type === 'word' && t.raw === close) break;
    }
    const end = this.tokens[this.p - 1]?.end ?? this.src.length;
    return { kind: 'compound', keyword, text: this.src.slice(start, end) };
  }

  private simple(): SimpleCommand | undefined {
    const start = this.peek()?.start ?? 0;
    const assigns: SimpleCommand['assigns'] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    while (this.p < this.tokens.length) {
      const t = this.tokens[this.p] as Token;
      if (t.type === 'op') break;
      this.p++;
      if (t.type === 'redir') {
        const r = { ...t.redirect };
        if (t.needsTarget && this.peek()?.type === 'word') {
          r.target = (this.peek() as Extract<Token, { type: 'word' }>).word;
          this.p++;
        }
        redirects.push(r);
        continue;
      }
      const assign = words.length === 0 ? /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(t.raw) : null;
      if (assign) {
        assigns.push({
          name: assign[1] as string,
          append: assign[2] === '+',
          value: dropPrefix(t.word, assign[0].length),
        });
      } else words.push(t.word);
    }
    if (assigns.length === 0 && words.length === 0 && redirects.length === 0) return undefined;
    const end = this.tokens[this.p - 1]?.end ?? this.src.length;
    return { kind: 'simple', assigns, words, redirects, text: this.src.slice(start, end) };
  }
}

/** The word without its first `n` characters of literal text (the `NAME=` of an assignment). */
function dropPrefix(word: Word, n: number): Word {
  const out: Word = [];
  let skip = n;
  for (const part of word) {
    if (skip > 0 && part.t === 'lit') {
      if (part.v.length <= skip) {
        skip -= part.v.length;
        continue;
      }
      out.push({ ...part, v: part.v.slice(skip) });
      skip = 0;
    } else out.push(part);
  }
  return out;
}

const cache = new Map<string, Script>();

/** Parses a script (memoised: builds run the same commands again and again). */
export function parseScript(src: string): Script {
  let script = cache.get(src);
  if (!script) {
    if (cache.size > 2000) cache.clear();
    script = new Parser(new Lexer(src).run(), src).parse();
    cache.set(src, script);
  }
  return script;
}

/** Parses the text of a single word (a `${VAR:-default}` argument); `quoted` when the expansion sat inside quotes. */
export function parseWordText(text: string, quoted: boolean): Word {
  const key = `${quoted ? '"' : "'"}${text}`;
  let word = wordCache.get(key);
  if (!word) {
    if (wordCache.size > 2000) wordCache.clear();
    const words = new Lexer(text).run().filter((t): t is Extract<Token, { type: 'word' }> => t.type === 'word');
    word = words.flatMap((w, i) => {
      const parts = quoted ? w.word.map((p) => (p.t === 'tilde' ? p : { ...p, q: true })) : w.word;
      return i === 0 ? parts : [{ t: 'lit' as const, v: ' ', q: true }, ...parts];
    });
    wordCache.set(key, word);
  }
  return word;
}
const wordCache = new Map<string, Word>();
