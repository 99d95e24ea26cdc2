import type { HeapClass } from './state';

/**
 * What the simulated application does, read from the files of the revision installed on an instance: the
 * functions its source files define, which of them call which, and where they log. The agent samples these
 * stacks in proportion to their weights (docs/codeguru-profiler.md, "How the call tree is derived").
 */

export type Language = 'javascript' | 'python' | 'java';

/** A stack from the entry frame down and how much of the time it is on the CPU, relatively. */
export interface WeightedStack {
  frames: string[];
  weight: number;
}

interface SourceFunction {
  name: string;
  frame: string;
  file: string;
  body: string[];
  bodyIndents: number[];
}

const SOURCE = /\.(m?js|cjs|ts|py|java)$/;
const IGNORED = /(^|\/)(node_modules|tests?|__tests__|spec)\/|\.(test|spec)\.\w+$|\.d\.ts$/;

const LANGUAGE_OF: Record<string, Language> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'javascript',
  py: 'python',
  java: 'java',
};

/** Frames the runtime puts above the application's request handling: the entry frame comes first. */
export const RUNTIME_FRAMES: Record<Language, string[]> = {
  javascript: ['processTicksAndRejections', 'Server.emit', 'parserOnIncoming'],
  python: [
    'threading.Thread.run',
    'socketserver.BaseServer.serve_forever',
    'http.server.BaseHTTPRequestHandler.handle',
  ],
  java: [
    'java.lang.Thread.run',
    'org.apache.tomcat.util.net.SocketProcessorBase.run',
    'javax.servlet.http.HttpServlet.service',
  ],
};

/** What one logging call runs below the caller: the logging library down to the write. */
export const LOGGING_FRAMES: Record<Language, string[]> = {
  javascript: ['console.log', 'Console.kWriteToConsole', 'SyncWriteStream._write', 'fs.writeSync'],
  python: ['logging.Logger.debug', 'logging.Logger._log', 'logging.Handler.handle', 'logging.StreamHandler.emit'],
  java: [
    'org.slf4j.Logger.debug',
    'ch.qos.logback.classic.Logger.callAppenders',
    'ch.qos.logback.core.OutputStreamAppender.append',
    'java.io.FileOutputStream.write',
  ],
};

const GC_FRAME: Record<Language, string> = {
  javascript: '(garbage collector)',
  python: 'gc.collect',
  java: 'GC Thread',
};

const STATIC_FRAMES = ['serveStatic', 'fs.readFile'];

const DEFINITIONS: Record<Language, RegExp[]> = {
  javascript: [
    /^\s*(?:export\s+)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/,
    /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)/,
    /^\s*(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)/,
  ],
  python: [/^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/],
  java: [/^\s*(?:(?:public|private|protected|static|final|synchronized)\s+)+[\w<>[\],\s]+?\s+([a-z]\w*)\s*\([^;]*$/],
};

/** Where a web framework hands a request to application code that has no name of its own. */
const REQUEST_HANDLER =
  /\bcreateServer\s*\(|\.(get|post|put|delete|use|all)\s*\(\s*['"`/]|@app\.route|@(Get|Post|Request)Mapping/;

/** A logging call (the documented marker list in docs/codeguru-profiler.md). */
export const LOGGING_CALL =
  /\b(console\.(log|debug|info|warn|error|trace)|logger\.(debug|info|warn|warning|error|trace)|log\.(debug|info|trace|warn)|logging\.(debug|info|warning|error)|LOG\.(debug|info|trace)|System\.out\.println)\s*\(/;

const LOOP = /\b(for|while)\b\s*\(|\bfor\s+\w+\s+in\b|\.(forEach|map|flatMap|reduce)\s*\(/;

/** A configuration that turns on DEBUG logging: `LOG_LEVEL=DEBUG`, `"logLevel": "debug"`, `level=logging.DEBUG`. */
export const DEBUG_LEVEL =
  /\b(LOG_LEVEL|logLevel|log_level|logging\.level\.\w+)\b["']?\s*[:=]\s*["']?debug\b|level\s*=\s*logging\.DEBUG\b/i;

const indentOf = (line: string) => line.length - line.trimStart().length;

const extensionOf = (path: string) => /\.(\w+)$/.exec(path)?.[1] ?? '';

/** The language most of the revision's source files are written in (JavaScript when there is none). */
export function languageOf(files: Record<string, string>): Language {
  const counts: Record<Language, number> = { javascript: 0, python: 0, java: 0 };
  for (const path of Object.keys(files)) {
    const lang = LANGUAGE_OF[extensionOf(path)];
    if (lang && !IGNORED.test(path)) counts[lang]++;
  }
  return (Object.entries(counts) as [Language, number][]).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

function frameName(language: Language, path: string, name: string): string {
  const stem = (path.split('/').pop() ?? path).replace(/\.\w+$/, '');
  if (language === 'java') return `${stem}.${name}`;
  if (language === 'python') return `${stem}.${name}`;
  return `${name} (${path.split('/').slice(-2).join('/')})`;
}

/** The functions a source file defines, each with the lines up to the next definition. */
function functionsOf(language: Language, path: string, content: string): SourceFunction[] {
  const lines = content.split('\n');
  const starts: { line: number; name: string }[] = [];
  lines.forEach((line, i) => {
    for (const re of DEFINITIONS[language]) {
      const name = re.exec(line)?.[1];
      if (name) {
        starts.push({ line: i, name });
        return;
      }
    }
    if (REQUEST_HANDLER.test(line)) starts.push({ line: i, name: 'handleRequest' });
  });
  return starts.map((s, k) => {
    const body = lines.slice(s.line, starts[k + 1]?.line ?? lines.length).filter((l) => l.trim() !== '');
    return {
      name: s.name,
      frame: frameName(language, path, s.name),
      file: path,
      body,
      bodyIndents: body.map(indentOf),
    };
  });
}

/** Whether the logging call at body line `i` runs inside a loop of the same function. */
function logsInLoop(fn: SourceFunction, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (LOOP.test(fn.body[j] as string) && (fn.bodyIndents[j] as number) < (fn.bodyIndents[i] as number)) return true;
  }
  return LOOP.test((fn.body[i] as string).replace(LOGGING_CALL, ''));
}

/** Relative weights of the stacks (documented in docs/codeguru-profiler.md). */
export const WEIGHTS = { perLine: 1, base: 2, logCall: 3, logInLoop: 60, debugFactor: 8, gcShare: 0.05 };

/**
 * The stacks an application built from these files spends its time in, heaviest first by construction order.
 * Deterministic: the same files always give the same stacks and weights.
 */
export function revisionStacks(files: Record<string, string>): WeightedStack[] {
  const language = languageOf(files);
  const runtime = RUNTIME_FRAMES[language];
  const debug = Object.values(files).some((c) => DEBUG_LEVEL.test(c));
  const functions = Object.keys(files)
    .filter((p) => SOURCE.test(p) && !IGNORED.test(p) && LANGUAGE_OF[extensionOf(p)] === language)
    .sort()
    .flatMap((p) => functionsOf(language, p, files[p] as string));
  const stacks: WeightedStack[] = [];
  if (functions.length === 0) {
    stacks.push({ frames: [...runtime, ...STATIC_FRAMES], weight: 20 });
  } else {
    const calls = new Map<SourceFunction, SourceFunction[]>();
    for (const fn of functions) {
      const text = fn.body.slice(1).join('\n');
      calls.set(
        fn,
        functions.filter(
          (g) => g !== fn && new RegExp(`(^|[^\\w$.])${g.name.replace(/\$/g, '\\$')}\\s*\\(`).test(text),
        ),
      );
    }
    const called = new Set([...calls.values()].flat());
    const roots = functions.filter((f) => !called.has(f));
    const visit = (fn: SourceFunction, path: string[]) => {
      const frames = [...path, fn.frame];
      stacks.push({ frames, weight: WEIGHTS.base + fn.body.length * WEIGHTS.perLine });
      fn.body.forEach((line, i) => {
        if (!LOGGING_CALL.test(line)) return;
        const weight = (logsInLoop(fn, i) ? WEIGHTS.logInLoop : WEIGHTS.logCall) * (debug ? WEIGHTS.debugFactor : 1);
        stacks.push({ frames: [...frames, ...LOGGING_FRAMES[language]], weight });
      });
      for (const g of calls.get(fn) ?? []) if (!path.includes(g.frame) && g.frame !== fn.frame) visit(g, frames);
    };
    for (const root of roots.length > 0 ? roots : functions.slice(0, 1)) visit(root, runtime);
  }
  const total = stacks.reduce((sum, s) => sum + s.weight, 0);
  stacks.push({
    frames: [runtime[0] as string, GC_FRAME[language]],
    weight: Math.max(1, Math.round(total * WEIGHTS.gcShare)),
  });
  return merge(stacks);
}

function merge(stacks: WeightedStack[]): WeightedStack[] {
  const byKey = new Map<string, WeightedStack>();
  for (const s of stacks) {
    const key = s.frames.join(';');
    const seen = byKey.get(key);
    if (seen) seen.weight += s.weight;
    else byKey.set(key, { frames: s.frames, weight: s.weight });
  }
  return [...byKey.values()];
}

/** A stack cut to its first `maxDepth` frames, counted from the entry frame (A→B→C→D at 2 keeps A and B). */
export const cutStack = (frames: string[], maxDepth: number) => frames.slice(0, Math.max(1, maxDepth));

/** Whether a frame belongs to a logging library (the "CPU spent in logging" pattern's target frames). */
export const isLoggingFrame = (frame: string) => Object.values(LOGGING_FRAMES).some((chain) => chain.includes(frame));

const HEAP_CLASSES: Record<Language, string[]> = {
  javascript: ['(string)', '(array)', '(closure)', '(compiled code)', 'Buffer', 'Object'],
  python: ['str', 'dict', 'list', 'bytes', 'tuple', 'function'],
  java: ['byte[]', 'java.lang.String', 'java.util.HashMap$Node', 'char[]', 'java.lang.Object[]', 'java.lang.Class'],
};

/** FNV-1a: a stable 32-bit hash of a string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The heap summary by class of an application built from these files: the runtime's own classes sized by how
 * much source there is, one entry per source module, and strings swollen by verbose logging.
 */
export function heapSummary(files: Record<string, string>): HeapClass[] {
  const language = languageOf(files);
  const sources = Object.keys(files)
    .filter((p) => SOURCE.test(p) && !IGNORED.test(p))
    .sort();
  const sourceBytes = sources.reduce((n, p) => n + (files[p] as string).length, 0) + 4096;
  const loggingLines = sources.reduce(
    (n, p) => n + (files[p] as string).split('\n').filter((l) => LOGGING_CALL.test(l)).length,
    0,
  );
  const debug = Object.values(files).some((c) => DEBUG_LEVEL.test(c));
  const classes = HEAP_CLASSES[language].map((className, i) => {
    const h = hash32(`${className}|${sourceBytes}`);
    const strings = i <= 1 ? 1 + loggingLines * (debug ? 6 : 1) : 1;
    const instanceCount = Math.round(((sourceBytes * (6 - i)) / 4 + (h % 997)) * strings);
    return { className, instanceCount, totalBytes: instanceCount * (16 + (h % 48)) };
  });
  for (const path of sources) {
    const h = hash32(path + (files[path] as string));
    const count = 1 + (h % 40);
    classes.push({
      className: language === 'javascript' ? `Module ${path}` : (path.split('/').pop() ?? path).replace(/\.\w+$/, ''),
      instanceCount: count,
      totalBytes: count * (64 + (files[path] as string).length),
    });
  }
  return classes.sort((a, b) => b.totalBytes - a.totalBytes);
}
