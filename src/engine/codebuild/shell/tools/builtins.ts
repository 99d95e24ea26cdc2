import { sha256 } from '@noble/hashes/sha2.js';
import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';
import { strFromU8 } from 'fflate';
import { ExitSignal, type Tool, type ToolCall } from '../shell';
import { basename, dirname } from '../workspace';
import { eprintln, fnv, option, println, simulatedNote } from './util';

const SCRIPT = '/codebuild/output/tmp/script.sh: line 1';

function echo({ argv, io }: ToolCall): number {
  let args = argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args[0] && /^-[neE]+$/.test(args[0])) {
    if (args[0].includes('n')) newline = false;
    if (args[0].includes('e')) escapes = true;
    args = args.slice(1);
  }
  let text = args.join(' ');
  if (escapes) text = unescape(text);
  io.out(newline ? `${text}\n` : text);
  return 0;
}

function unescape(text: string): string {
  return text.replace(/\\(n|t|r|\\|e|033|x1b|0)/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === '\\' ? '\\' : c === '0' ? '' : '\u001b',
  );
}

function printf({ argv, io }: ToolCall): number {
  const format = argv[1];
  if (format === undefined) {
    eprintln(io, 'printf: usage: printf [-v var] format [arguments]');
    return 2;
  }
  const args = argv.slice(2);
  let out = '';
  let used = 0;
  do {
    out += unescape(format).replace(/%([-0 +#]*\d*(?:\.\d+)?)([sdbqfxo%])/g, (_, flags: string, conv: string) => {
      if (conv === '%') return '%';
      const arg = args[used++] ?? '';
      if (conv === 'd')
        return String(Number.parseInt(arg, 10) || 0).padStart(
          Number.parseInt(flags, 10) || 0,
          flags.includes('0') ? '0' : ' ',
        );
      if (conv === 'f') return (Number.parseFloat(arg) || 0).toFixed(Number(/\.(\d+)/.exec(flags)?.[1] ?? 6));
      if (conv === 'b') return unescape(arg);
      if (conv === 'x') return (Number.parseInt(arg, 10) || 0).toString(16);
      const width = Number.parseInt(flags.replace('-', ''), 10) || 0;
      return flags.includes('-') ? arg.padEnd(width) : arg.padStart(width);
    });
  } while (used > 0 && used < args.length);
  io.out(out);
  return 0;
}

function cd({ argv, io, shell }: ToolCall): number {
  const target =
    argv[1] === undefined || argv[1] === '~'
      ? (shell.get('HOME') ?? '/root')
      : argv[1] === '-'
        ? shell.state.cwd
        : argv[1];
  const path = shell.resolve(target);
  if (shell.fs.isFile(path)) {
    eprintln(io, `${SCRIPT}: cd: ${target}: Not a directory`);
    return 1;
  }
  if (!shell.fs.isDir(path)) {
    eprintln(io, `${SCRIPT}: cd: ${target}: No such file or directory`);
    return 1;
  }
  shell.state.cwd = path;
  shell.exportVar('PWD', path);
  return 0;
}

function exportBuiltin({ argv, shell }: ToolCall): number {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const eq = arg.indexOf('=');
    if (eq < 0) shell.exportVar(arg);
    else shell.exportVar(arg.slice(0, eq), arg.slice(eq + 1));
  }
  return 0;
}

function set({ argv, shell }: ToolCall): number {
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-o' || a === '+o') {
      if (args[i + 1] === 'pipefail') shell.state.pipefail = a === '-o';
      if (args[i + 1] === 'errexit') shell.state.errexit = a === '-o';
      i++;
    } else if (/^[-+][a-zA-Z]+$/.test(a)) {
      const on = a.startsWith('-');
      if (a.includes('e')) shell.state.errexit = on;
      if (a.includes('o') && args[i + 1] === 'pipefail') {
        shell.state.pipefail = on;
        i++;
      }
    }
  }
  return 0;
}

/** `test`/`[`: file tests, string tests, integer comparisons, `!`, `-a`/`-o`. */
function evaluateTest(args: string[], call: ToolCall): boolean {
  const { shell } = call;
  const or = args.indexOf('-o');
  if (or > 0) return evaluateTest(args.slice(0, or), call) || evaluateTest(args.slice(or + 1), call);
  const and = args.indexOf('-a');
  if (and > 0 && args.length > 3)
    return evaluateTest(args.slice(0, and), call) && evaluateTest(args.slice(and + 1), call);
  if (args[0] === '!') return !evaluateTest(args.slice(1), call);
  if (args.length === 0) return false;
  if (args.length === 1) return args[0] !== '';
  if (args.length === 2) {
    const [op, value = ''] = args;
    const path = shell.resolve(value);
    switch (op) {
      case '-z':
        return value === '';
      case '-n':
        return value !== '';
      case '-f':
        return shell.fs.isFile(path);
      case '-d':
        return shell.fs.isDir(path);
      case '-e':
      case '-r':
      case '-w':
      case '-x':
        return shell.fs.exists(path);
      case '-s':
        return (shell.fs.read(path) ?? '').length > 0;
      case '-L':
      case '-h':
        return false;
      default:
        return false;
    }
  }
  const [a = '', op, b = ''] = args;
  const n = (s: string) => Number.parseInt(s, 10) || 0;
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '-eq':
      return n(a) === n(b);
    case '-ne':
      return n(a) !== n(b);
    case '-gt':
      return n(a) > n(b);
    case '-ge':
      return n(a) >= n(b);
    case '-lt':
      return n(a) < n(b);
    case '-le':
      return n(a) <= n(b);
    case '<':
      return a < b;
    case '>':
      return a > b;
    default:
      return false;
  }
}

function test(call: ToolCall): number {
  const args = call.argv.slice(1);
  if (call.argv[0] === '[') {
    if (args[args.length - 1] !== ']') {
      eprintln(call.io, `${SCRIPT}: [: missing \`]'`);
      return 2;
    }
    args.pop();
  }
  return evaluateTest(args, call) ? 0 : 1;
}

function sleep({ argv, shell }: ToolCall): number {
  let ms = 0;
  for (const arg of argv.slice(1)) {
    const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
    if (!m) continue;
    ms += Number(m[1]) * ({ s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] || 's'] ?? 1000);
  }
  shell.elapse(ms);
  return 0;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `date` and `date +FORMAT` at the virtual time of the command. */
export function formatDate(epochMs: number, format?: string): string {
  const d = new Date(epochMs);
  if (format === undefined) {
    const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
    const day = d.getUTCDate();
    return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day < 10 ? ` ${day}` : day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
  }
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const fields: Record<string, string> = {
    Y: String(d.getUTCFullYear()),
    y: p(d.getUTCFullYear() % 100),
    m: p(d.getUTCMonth() + 1),
    d: p(d.getUTCDate()),
    e: String(d.getUTCDate()).padStart(2, ' '),
    H: p(d.getUTCHours()),
    M: p(d.getUTCMinutes()),
    S: p(d.getUTCSeconds()),
    N: p(d.getUTCMilliseconds() * 1_000_000, 9),
    s: String(Math.floor(epochMs / 1000)),
    j: p(Math.floor((epochMs - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1, 3),
    Z: 'UTC',
    z: '+0000',
    a: DAYS[d.getUTCDay()] as string,
    A: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()] as string,
    b: MONTHS[d.getUTCMonth()] as string,
    h: MONTHS[d.getUTCMonth()] as string,
    u: String(d.getUTCDay() || 7),
    '%': '%',
    n: '\n',
    t: '\t',
  };
  fields.F = `${fields.Y}-${fields.m}-${fields.d}`;
  fields.T = `${fields.H}:${fields.M}:${fields.S}`;
  fields.D = `${fields.m}/${fields.d}/${fields.y}`;
  if (format === undefined) return `${fields.a} ${fields.b} ${fields.e} ${fields.T} UTC ${fields.Y}`;
  return format.replace(/%-?([a-zA-Z%])/g, (m, c: string) => fields[c] ?? m);
}

function date({ argv, io, shell }: ToolCall): number {
  const format = argv.slice(1).find((a) => a.startsWith('+'));
  const epoch = shell.host.world.startEpochMs + shell.now();
  const iso = argv.includes('--iso-8601') || argv.some((a) => a.startsWith('-I'));
  println(io, iso ? formatDate(epoch, '%Y-%m-%d') : formatDate(epoch, format?.slice(1)));
  return 0;
}

function exit({ argv, shell }: ToolCall): number {
  throw new ExitSignal(argv[1] === undefined ? shell.lastStatus : Number.parseInt(argv[1], 10) & 255);
}

function read({ argv, io, shell }: ToolCall): number {
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  const nl = io.stdin.indexOf('\n');
  if (io.stdin === '') return 1;
  const line = nl < 0 ? io.stdin : io.stdin.slice(0, nl);
  const words = line.trim().split(/\s+/);
  names.forEach((n, i) => shell.set(n, i === names.length - 1 ? words.slice(i).join(' ') : (words[i] ?? '')));
  if (names.length === 0) shell.set('REPLY', line);
  return 0;
}

function env({ argv, io, shell }: ToolCall): number {
  const rest = argv.slice(1);
  const assignments = rest.filter((a) => /^[A-Za-z_]\w*=/.test(a));
  const command = rest.slice(assignments.length).filter((a) => a !== '-i' && a !== '-');
  if (command.length > 0) {
    for (const a of assignments) shell.exportVar(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    return shell.exec(command, io);
  }
  if (argv[0] === 'printenv' && rest.length > 0) {
    const value = shell.state.env[rest[0] as string];
    if (value === undefined) return 1;
    println(io, value);
    return 0;
  }
  for (const key of Object.keys(shell.state.env).sort()) println(io, `${key}=${shell.state.env[key]}`);
  return 0;
}

function run(argvStart: number): Tool {
  return (call) => {
    const args = call.argv.slice(argvStart);
    while (args[0]?.startsWith('-')) {
      const flag = args.shift() as string;
      if ((flag === '-u' || flag === '-s' || flag === '-k') && call.argv[0] !== 'nohup') args.shift();
    }
    if (call.argv[0] === 'timeout' && args[0] !== undefined && /^\d/.test(args[0])) args.shift();
    if (args.length === 0) return 0;
    if (call.argv[0] === 'nohup') call.io.err('nohup: ignoring input\n');
    return call.shell.exec(args, call.io);
  };
}

function shellProgram(call: ToolCall): number {
  const { argv, io, shell } = call;
  const c = argv.indexOf('-c');
  if (c >= 0) {
    const child = shell.subshell();
    try {
      return child.runScript(argv[c + 1] ?? '', io);
    } catch (e) {
      if (e instanceof ExitSignal) return e.status;
      throw e;
    } finally {
      shell.elapsed = child.elapsed;
    }
  }
  const script = argv.slice(1).find((a) => !a.startsWith('-'));
  if (script === undefined) {
    const child = shell.subshell();
    try {
      return child.runScript(io.stdin, { ...io, stdin: '' });
    } catch (e) {
      if (e instanceof ExitSignal) return e.status;
      throw e;
    } finally {
      shell.elapsed = child.elapsed;
    }
  }
  const path = shell.resolve(script);
  if (!shell.fs.isFile(path)) {
    eprintln(io, `${argv[0]}: ${script}: No such file or directory`);
    return 127;
  }
  return shell.runFile(path, argv.slice(argv.indexOf(script) + 1), io);
}

function source({ argv, io, shell }: ToolCall): number {
  const name = argv[1];
  if (name === undefined) {
    eprintln(io, `${SCRIPT}: ${argv[0]}: filename argument required`);
    return 2;
  }
  const path = shell.resolve(name);
  const text = shell.fs.read(path);
  if (text === undefined) {
    // Files outside the workspace (~/.bashrc, /etc/profile, nvm.sh) exist on the image: sourcing them does nothing visible.
    if (!path.startsWith(shell.host.run.srcDir)) return 0;
    eprintln(io, `${SCRIPT}: ${name}: No such file or directory`);
    return 1;
  }
  return shell.runScript(text, io);
}

function evalBuiltin({ argv, io, shell }: ToolCall): number {
  return shell.runScript(argv.slice(1).join(' '), io);
}

const KNOWN_PATHS: Record<string, string> = {
  aws: '/usr/local/bin/aws',
  docker: '/usr/bin/docker',
  npm: '/usr/local/bin/npm',
  node: '/usr/local/bin/node',
  python: '/usr/local/bin/python',
  python3: '/usr/bin/python3',
  pip: '/usr/local/bin/pip',
  go: '/usr/local/go/bin/go',
  java: '/usr/bin/java',
  mvn: '/usr/local/bin/mvn',
  sam: '/usr/local/bin/sam',
};

function which({ argv, io, shell }: ToolCall): number {
  const names = argv.slice(argv[0] === 'command' ? 2 : 1).filter((a) => !a.startsWith('-'));
  let status = 0;
  for (const name of names) {
    if (Object.hasOwn(shell.tools, name))
      println(
        io,
        argv[0] === 'type'
          ? `${name} is ${KNOWN_PATHS[name] ?? `/usr/bin/${name}`}`
          : (KNOWN_PATHS[name] ?? `/usr/bin/${name}`),
      );
    else {
      if (argv[0] === 'type') eprintln(io, `${SCRIPT}: type: ${name}: not found`);
      status = 1;
    }
  }
  return status;
}

function command(call: ToolCall): number {
  if (call.argv[1] === '-v' || call.argv[1] === '-V') return which(call);
  return call.shell.exec(call.argv.slice(1), call.io);
}

// ---- coreutils -----------------------------------------------------------------------------------------------

function ls({ argv, io, shell }: ToolCall): number {
  const flags = argv
    .slice(1)
    .filter((a) => a.startsWith('-'))
    .join('');
  const targets = argv.slice(1).filter((a) => !a.startsWith('-'));
  const long = flags.includes('l');
  const all = flags.includes('a') || flags.includes('A');
  let status = 0;
  const list = targets.length > 0 ? targets : ['.'];
  for (const target of list) {
    const path = shell.resolve(target);
    if (!shell.fs.exists(path)) {
      eprintln(io, `ls: cannot access '${target}': No such file or directory`);
      status = 2;
      continue;
    }
    if (list.length > 1 && shell.fs.isDir(path)) println(io, `${target}:`);
    const entries = shell.fs.isDir(path) ? shell.fs.list(path).filter((n) => all || !n.startsWith('.')) : [target];
    if (long) {
      println(io, `total ${entries.length * 4}`);
      for (const name of entries) {
        const full = shell.fs.isDir(path) ? `${path === '/' ? '' : path}/${name}` : path;
        const dir = shell.fs.isDir(full);
        const size = dir ? 4096 : (shell.fs.read(full) ?? '').length;
        println(
          io,
          `${dir ? 'drwxr-xr-x' : '-rw-r--r--'} 1 root root ${String(size).padStart(5)} Jan  5 09:00 ${name}`,
        );
      }
    } else for (const name of entries) println(io, name);
  }
  return status;
}

function cat({ argv, io, shell }: ToolCall): number {
  const names = argv.slice(1).filter((a) => a !== '-' && !/^-[A-Za-z]+$/.test(a));
  if (names.length === 0) {
    io.out(io.stdin);
    return 0;
  }
  let status = 0;
  for (const name of names) {
    const path = shell.resolve(name);
    if (shell.fs.isDir(path)) {
      eprintln(io, `cat: ${name}: Is a directory`);
      status = 1;
      continue;
    }
    const text = shell.fs.read(path);
    if (text === undefined) {
      eprintln(io, `cat: ${name}: No such file or directory`);
      status = 1;
    } else io.out(text);
  }
  return status;
}

function mkdir({ argv, io, shell }: ToolCall): number {
  const parents = argv.some((a) => /^-[a-z]*p/.test(a) || a === '--parents');
  let status = 0;
  for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const path = shell.resolve(name);
    if (shell.fs.exists(path)) {
      if (!parents) {
        eprintln(io, `mkdir: cannot create directory '${name}': File exists`);
        status = 1;
      }
      continue;
    }
    if (!parents && !shell.fs.isDir(dirname(path))) {
      eprintln(io, `mkdir: cannot create directory '${name}': No such file or directory`);
      status = 1;
      continue;
    }
    shell.fs.mkdirs(path);
  }
  return status;
}

function copyOrMove(call: ToolCall, move: boolean): number {
  const { argv, io, shell } = call;
  const tool = argv[0] as string;
  const flags = argv
    .slice(1)
    .filter((a) => a.startsWith('-'))
    .join('');
  const recursive = move || /[rRa]/.test(flags);
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (names.length < 2) {
    eprintln(io, `${tool}: missing destination file operand after '${names[0] ?? ''}'`);
    return 1;
  }
  const dest = names.pop() as string;
  const destPath = shell.resolve(dest);
  const destIsDir = shell.fs.isDir(destPath) || dest.endsWith('/');
  if (names.length > 1 && !shell.fs.isDir(destPath)) {
    eprintln(io, `${tool}: target '${dest}' is not a directory`);
    return 1;
  }
  let status = 0;
  for (const name of names) {
    const from = shell.resolve(name);
    if (!shell.fs.exists(from)) {
      eprintln(io, `${tool}: cannot stat '${name}': No such file or directory`);
      status = 1;
      continue;
    }
    if (shell.fs.isDir(from) && !recursive) {
      eprintln(io, `${tool}: -r not specified; omitting directory '${name}'`);
      status = 1;
      continue;
    }
    const to = destIsDir ? `${destPath}/${basename(from)}` : destPath;
    if (shell.fs.isDir(from) && (to === from || to.startsWith(`${from}/`))) {
      eprintln(
        io,
        move
          ? `mv: cannot move '${name}' to a subdirectory of itself, '${dest}'`
          : `cp: cannot copy a directory, '${name}', into itself, '${dest}'`,
      );
      status = 1;
      continue;
    }
    if (!shell.fs.isDir(dirname(to)) && !destIsDir) {
      eprintln(io, `${tool}: cannot create regular file '${dest}': No such file or directory`);
      status = 1;
      continue;
    }
    shell.fs.copy(from, to);
    if (move) shell.fs.remove(from);
  }
  return status;
}

function rm({ argv, io, shell }: ToolCall): number {
  const flags = argv
    .slice(1)
    .filter((a) => a.startsWith('-'))
    .join('');
  const force = flags.includes('f');
  const recursive = /[rR]/.test(flags);
  let status = 0;
  for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const path = shell.resolve(name);
    if (!shell.fs.exists(path)) {
      if (!force) {
        eprintln(io, `rm: cannot remove '${name}': No such file or directory`);
        status = 1;
      }
      continue;
    }
    if (shell.fs.isDir(path) && !recursive) {
      eprintln(io, `rm: cannot remove '${name}': Is a directory`);
      status = 1;
      continue;
    }
    shell.fs.remove(path);
  }
  return status;
}

function touch({ argv, io, shell }: ToolCall): number {
  let status = 0;
  for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const path = shell.resolve(name);
    if (shell.fs.exists(path)) continue;
    if (!shell.fs.isDir(dirname(path))) {
      eprintln(io, `touch: cannot touch '${name}': No such file or directory`);
      status = 1;
    } else shell.fs.write(path, '');
  }
  return status;
}

function chmod({ argv, io, shell }: ToolCall): number {
  // The first operand is the mode (chmod) or owner (chown); the rest are paths.
  const names = argv
    .slice(1)
    .filter((a) => !/^-[a-zA-Z]+$/.test(a))
    .slice(1);
  for (const name of names) {
    if (!shell.fs.exists(shell.resolve(name))) {
      eprintln(io, `${argv[0]}: cannot access '${name}': No such file or directory`);
      return 1;
    }
  }
  return 0;
}

function ln(call: ToolCall): number {
  return copyOrMove({ ...call, argv: ['ln', '-r', ...call.argv.slice(1).filter((a) => !a.startsWith('-'))] }, false);
}

function find({ argv, io, shell }: ToolCall): number {
  const roots: string[] = [];
  let i = 1;
  while (i < argv.length && !(argv[i] as string).startsWith('-')) roots.push(argv[i++] as string);
  const name = option(argv, '-name') ?? option(argv, '-iname');
  const type = option(argv, '-type');
  const matcher =
    name === undefined
      ? undefined
      : new RegExp(
          `^${name
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`,
          argv.includes('-iname') ? 'i' : '',
        );
  let status = 0;
  for (const root of roots.length > 0 ? roots : ['.']) {
    const path = shell.resolve(root);
    if (!shell.fs.exists(path)) {
      eprintln(io, `find: '${root}': No such file or directory`);
      status = 1;
      continue;
    }
    const prefix = root.replace(/\/$/, '');
    const entries = new Set<string>();
    for (const rel of shell.fs.filesUnder(path)) {
      const parts = rel.split('/');
      for (let k = 1; k < parts.length; k++) entries.add(`d:${parts.slice(0, k).join('/')}`);
      entries.add(`f:${rel}`);
    }
    if (type !== 'f' && (matcher === undefined || matcher.test(basename(path)))) println(io, prefix);
    for (const entry of [...entries].sort((a, b) => (a.slice(2) < b.slice(2) ? -1 : 1))) {
      const kind = entry[0];
      const rel = entry.slice(2);
      if (type !== undefined && type !== kind) continue;
      if (matcher && !matcher.test(basename(rel))) continue;
      println(io, `${prefix}/${rel}`);
    }
  }
  return status;
}

function input(call: ToolCall, names: string[]): string | undefined {
  if (names.length === 0) return call.io.stdin;
  let text = '';
  for (const name of names) {
    const content = call.shell.fs.read(call.shell.resolve(name));
    if (content === undefined) {
      eprintln(call.io, `${call.argv[0]}: ${name}: No such file or directory`);
      return undefined;
    }
    text += content;
  }
  return text;
}

const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

function headTail(call: ToolCall): number {
  const n = Number(
    option(call.argv, '-n') ?? /^-(\d+)$/.exec(call.argv.find((a) => /^-\d+$/.test(a)) ?? '')?.[1] ?? 10,
  );
  const names = call.argv.slice(1).filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '-n');
  const text = input(call, names);
  if (text === undefined) return 1;
  const all = lines(text);
  const picked = call.argv[0] === 'head' ? all.slice(0, n) : all.slice(Math.max(0, all.length - n));
  for (const l of picked) println(call.io, l);
  return 0;
}

function grep(call: ToolCall): number {
  const { argv, io } = call;
  const flags = argv
    .slice(1)
    .filter((a) => /^-[a-zA-Z]+$/.test(a))
    .join('');
  const rest = argv.slice(1).filter((a) => !/^-[a-zA-Z]+$/.test(a));
  const explicit = option(argv, '-e');
  const pattern = explicit ?? rest[0] ?? '';
  const names = rest.slice(explicit === undefined ? 1 : 0).filter((n) => n !== explicit);
  const text = input(call, names);
  if (text === undefined) return 2;
  let re: RegExp;
  try {
    re = flags.includes('F')
      ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags.includes('i') ? 'i' : '')
      : new RegExp(pattern.replace(/\\([|(){}+?])/g, '$1'), flags.includes('i') ? 'i' : '');
  } catch {
    eprintln(io, `grep: Invalid regular expression`);
    return 2;
  }
  const matched = lines(text).filter((l) => re.test(l) !== flags.includes('v'));
  if (!flags.includes('q')) {
    if (flags.includes('c')) println(io, String(matched.length));
    else for (const l of matched) println(io, flags.includes('o') ? (re.exec(l)?.[0] ?? l) : l);
  }
  return matched.length > 0 ? 0 : 1;
}

function wc(call: ToolCall): number {
  const names = call.argv.slice(1).filter((a) => !a.startsWith('-'));
  const text = input(call, names);
  if (text === undefined) return 1;
  const flags = call.argv
    .slice(1)
    .filter((a) => a.startsWith('-'))
    .join('');
  const counts = { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, c: text.length };
  const shown =
    flags === ''
      ? [counts.l, counts.w, counts.c]
      : [...'lwc'].filter((k) => flags.includes(k) || (k === 'c' && flags.includes('m'))).map((k) => counts[k as 'l']);
  println(call.io, `${shown.join(' ')}${names.length > 0 ? ` ${names.join(' ')}` : ''}`);
  return 0;
}

function sort(call: ToolCall): number {
  const text = input(
    call,
    call.argv.slice(1).filter((a) => !a.startsWith('-')),
  );
  if (text === undefined) return 2;
  let out = lines(text).sort();
  if (call.argv.some((a) => /^-[a-z]*n/.test(a))) out = out.sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b));
  if (call.argv.some((a) => /^-[a-z]*r/.test(a))) out.reverse();
  if (call.argv.some((a) => /^-[a-z]*u/.test(a))) out = [...new Set(out)];
  for (const l of out) println(call.io, l);
  return 0;
}

function uniq(call: ToolCall): number {
  const out: string[] = [];
  for (const l of lines(call.io.stdin)) if (out[out.length - 1] !== l) out.push(l);
  for (const l of out) println(call.io, l);
  return 0;
}

function expandSet(set: string): string {
  return set
    .replace(/\[:alnum:\]/g, 'a-zA-Z0-9')
    .replace(/\[:alpha:\]/g, 'a-zA-Z')
    .replace(/\[:digit:\]/g, '0-9')
    .replace(/\[:upper:\]/g, 'A-Z')
    .replace(/\[:lower:\]/g, 'a-z')
    .replace(/\[:space:\]/g, ' \\t\\n');
}

function tr({ argv, io }: ToolCall): number {
  const flags = argv
    .slice(1)
    .filter((a) => /^-[a-zA-Z]+$/.test(a))
    .join('');
  const sets = argv.slice(1).filter((a) => !/^-[a-zA-Z]+$/.test(a));
  const first = expandSet(sets[0] ?? '')
    .replace(/[\]\\^]/g, '\\$&')
    .replace(/\\\\t/g, '\\t')
    .replace(/\\\\n/g, '\\n');
  if (flags.includes('d')) {
    const re = new RegExp(`[${flags.includes('c') ? '^' : ''}${first}]`, 'g');
    io.out(io.stdin.replace(re, ''));
    return 0;
  }
  const from = sets[0] ?? '';
  const to = sets[1] ?? '';
  if (from === 'a-z' && to === 'A-Z') io.out(io.stdin.toUpperCase());
  else if (from === 'A-Z' && to === 'a-z') io.out(io.stdin.toLowerCase());
  else
    io.out(
      [...io.stdin].map((c) => (from.includes(c) ? (to[Math.min(from.indexOf(c), to.length - 1)] ?? c) : c)).join(''),
    );
  return 0;
}

function cut({ argv, io }: ToolCall): number {
  const delimiter = option(argv, '-d') ?? '\t';
  const fieldSpec = option(argv, '-f') ?? argv.find((a) => a.startsWith('-f'))?.slice(2) ?? '1';
  const d = argv.find((a) => a.startsWith('-d') && a.length > 2)?.slice(2) ?? delimiter;
  const fields = fieldSpec.split(',').flatMap((f) => {
    const [a, b] = f.split('-');
    const start = Number(a) || 1;
    const end = b === undefined ? start : b === '' ? 99 : Number(b);
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  });
  for (const l of lines(io.stdin)) {
    const parts = l.split(d);
    println(
      io,
      fields
        .map((f) => parts[f - 1])
        .filter((p) => p !== undefined)
        .join(d),
    );
  }
  return 0;
}

/** `sed`: `s/a/b/[g]` expressions (also with `-i` on files); anything else passes the text through. */
function sed(call: ToolCall): number {
  const { argv, io, shell } = call;
  const inPlace = argv.some((a) => a.startsWith('-i'));
  const exprs: string[] = [];
  const names: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-e') exprs.push(argv[++i] ?? '');
    else if (a.startsWith('-')) continue;
    else if (exprs.length === 0) exprs.push(a);
    else names.push(a);
  }
  const apply = (text: string) =>
    exprs.reduce((t, e) => {
      const m = /^s(.)((?:\\.|(?!\1).)*)\1((?:\\.|(?!\1).)*)\1([gI]*)$/.exec(e);
      if (!m) return t;
      try {
        const re = new RegExp(
          (m[2] as string).replace(/\\([(){}|+?])/g, '$1'),
          `${(m[4] ?? '').includes('g') ? 'g' : ''}m`,
        );
        return t.replace(re, (m[3] as string).replace(/\\(\d)/g, '$$$1').replace(/&/g, '$$&'));
      } catch {
        return t;
      }
    }, text);
  if (names.length === 0) {
    io.out(apply(io.stdin));
    return 0;
  }
  for (const name of names) {
    const path = shell.resolve(name);
    const text = shell.fs.read(path);
    if (text === undefined) {
      eprintln(io, `sed: can't read ${name}: No such file or directory`);
      return 2;
    }
    if (inPlace) shell.fs.write(path, apply(text));
    else io.out(apply(text));
  }
  return 0;
}

function awk({ argv, io }: ToolCall): number {
  const program = argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
  const field = /^\{\s*print\s+\$(\d+)\s*\}$/.exec(program.trim());
  const separator = option(argv, '-F') ?? argv.find((a) => a.startsWith('-F') && a.length > 2)?.slice(2);
  if (!field) {
    io.out(io.stdin);
    if (program.trim() !== '') simulatedNote(io, `awk program '${program}' (passes its input through)`);
    return 0;
  }
  for (const l of lines(io.stdin)) {
    const parts = separator ? l.split(separator) : l.trim().split(/\s+/);
    println(io, Number(field[1]) === 0 ? l : (parts[Number(field[1]) - 1] ?? ''));
  }
  return 0;
}

function tee({ argv, io, shell }: ToolCall): number {
  const append = argv.includes('-a');
  for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const path = shell.resolve(name);
    if (append) shell.fs.append(path, io.stdin);
    else shell.fs.write(path, io.stdin);
  }
  io.out(io.stdin);
  return 0;
}

function pathTool({ argv, io, shell }: ToolCall): number {
  const name = argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
  if (argv[0] === 'basename') {
    let base = basename(name.replace(/\/+$/, ''));
    const suffix = argv.slice(2).find((a) => !a.startsWith('-'));
    if (suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
    println(io, base);
  } else if (argv[0] === 'dirname') {
    const d = name.includes('/') ? name.replace(/\/[^/]*\/?$/, '') || '/' : '.';
    println(io, d);
  } else println(io, shell.resolve(name));
  return 0;
}

function zip({ argv, io, shell }: ToolCall): number {
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  const archive = names.shift();
  if (!archive) {
    eprintln(io, 'zip error: Nothing to do! (try: zip -r archive.zip dir)');
    return 12;
  }
  const recursive = argv.some((a) => /^-[a-zA-Z]*r/.test(a));
  const quiet = argv.some((a) => /^-[a-zA-Z]*q/.test(a));
  const added: string[] = [];
  for (const name of names) {
    const path = shell.resolve(name);
    if (shell.fs.isFile(path)) added.push(name);
    else if (shell.fs.isDir(path)) {
      added.push(`${name.replace(/\/$/, '')}/`);
      if (recursive) for (const rel of shell.fs.filesUnder(path)) added.push(`${name.replace(/\/$/, '')}/${rel}`);
    } else eprintln(io, `\tzip warning: name not matched: ${name}`);
  }
  if (added.length === 0) {
    eprintln(io, `\nzip error: Nothing to do! (${archive})`);
    return 12;
  }
  if (!quiet)
    for (const a of added)
      println(
        io,
        `  adding: ${a} (${a.endsWith('/') ? 'stored 0%' : `deflated ${30 + (Number.parseInt(fnv(a).slice(0, 2), 16) % 50)}%`})`,
      );
  const path = shell.resolve(archive.endsWith('.zip') ? archive : `${archive}.zip`);
  shell.fs.write(path, `cicdlab simulated zip archive\n${added.join('\n')}\n`);
  shell.elapse(50 + added.length * 5);
  return 0;
}

function tar({ argv, io, shell }: ToolCall): number {
  const flags = argv[1] ?? '';
  const file =
    option(argv, '-f', '-czf', '-cf', '-xzf', '-xf', '-cvzf', '-xvzf', '-zcf', '-zxf', '-czvf', '-xzvf') ??
    argv.find((a) => /\.(tar|tgz|gz)$/.test(a));
  if (/c/.test(flags) && file) {
    const members = argv.slice(2).filter((a) => a !== file && !a.startsWith('-'));
    shell.fs.write(shell.resolve(file), `cicdlab simulated tar archive\n${members.join('\n')}\n`);
    return 0;
  }
  if (/x/.test(flags) && file && !shell.fs.isFile(shell.resolve(file))) {
    eprintln(io, `tar: ${file}: Cannot open: No such file or directory`);
    eprintln(io, 'tar: Error is not recoverable: exiting now');
    return 2;
  }
  return 0;
}

/**
 * `unzip`: an archive the simulated `zip` made is extracted again; a simulated download extracts to one simulated
 * binary named after the archive (terraform.zip → terraform), which is what such downloads usually hold.
 */
function unzip({ argv, io, shell }: ToolCall): number {
  const dir = option(argv, '-d');
  const given = argv.slice(1).find((a) => !a.startsWith('-') && a !== dir);
  const file =
    given && !shell.fs.isFile(shell.resolve(given)) && shell.fs.isFile(shell.resolve(`${given}.zip`))
      ? `${given}.zip`
      : given;
  if (!file || !shell.fs.isFile(shell.resolve(file))) {
    eprintln(io, `unzip:  cannot find or open ${given ?? ''}, ${given ?? ''}.zip or ${given ?? ''}.ZIP.`);
    return 9;
  }
  println(io, `Archive:  ${file}`);
  const content = shell.fs.read(shell.resolve(file)) ?? '';
  const target = (name: string) => shell.resolve(dir ? `${dir}/${name}` : name);
  if (dir) shell.fs.mkdirs(shell.resolve(dir));
  if (content.startsWith('cicdlab simulated zip archive\n')) {
    for (const name of content
      .split('\n')
      .slice(1)
      .filter((n) => n && !n.endsWith('/'))) {
      println(io, `  inflating: ${name}`);
      if (!shell.fs.exists(target(name))) shell.fs.write(target(name), '');
    }
  } else if (content.startsWith('\u007fELF')) {
    const name = basename(file).replace(/\.zip$/i, '');
    println(io, `  inflating: ${name}`);
    shell.fs.write(target(name), content);
  }
  shell.elapse(200);
  return 0;
}

function digest({ argv, io, shell }: ToolCall): number {
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  const hash = (text: string) => bytesToHex(argv[0] === 'md5sum' ? md5(utf8ToBytes(text)) : sha256(utf8ToBytes(text)));
  if (names.length === 0) {
    println(io, `${hash(io.stdin)}  -`);
    return 0;
  }
  for (const name of names) {
    const text = shell.fs.read(shell.resolve(name));
    if (text === undefined) {
      eprintln(io, `${argv[0]}: ${name}: No such file or directory`);
      return 1;
    }
    println(io, `${hash(text)}  ${name}`);
  }
  return 0;
}

function base64Tool({ argv, io }: ToolCall): number {
  if (argv.includes('-d') || argv.includes('--decode')) {
    try {
      io.out(strFromU8(base64.decode(io.stdin.trim())));
    } catch {
      eprintln(io, 'base64: invalid input');
      return 1;
    }
  } else println(io, base64.encode(utf8ToBytes(io.stdin)));
  return 0;
}

/** `codebuild-hash-files`: a SHA-256 over the listed files, for cache keys. */
function hashFiles({ argv, io, shell }: ToolCall): number {
  const names = argv.slice(1).flatMap((n) => shell.fs.glob(shell.state.cwd, n));
  let text = '';
  for (const name of names) text += `${name}\n${shell.fs.read(shell.resolve(name)) ?? ''}`;
  println(io, bytesToHex(sha256(utf8ToBytes(text))));
  return 0;
}

function seq({ argv, io }: ToolCall): number {
  const nums = argv.slice(1).map(Number);
  const [first, step, last] =
    nums.length === 1
      ? [1, 1, nums[0] ?? 1]
      : nums.length === 2
        ? [nums[0] ?? 1, 1, nums[1] ?? 1]
        : [nums[0] ?? 1, nums[1] ?? 1, nums[2] ?? 1];
  for (let n = first; step > 0 ? n <= last : n >= last; n += step) println(io, String(n));
  return 0;
}

function jq({ argv, io, shell }: ToolCall): number {
  const args = argv.slice(1).filter((a) => !a.startsWith('-'));
  const filter = args[0] ?? '.';
  const text = args[1] !== undefined ? shell.fs.read(shell.resolve(args[1])) : io.stdin;
  if (text === undefined) {
    eprintln(io, `jq: error: Could not open ${args[1]}: No such file or directory`);
    return 2;
  }
  if (text.trim() === '') return 0;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    eprintln(io, 'jq: error (at <stdin>:0): Cannot parse input as JSON');
    return 5;
  }
  const path = /^\.((?:[A-Za-z_][\w-]*|\[\d+\]|\.)*)$/.exec(filter.replace(/\["([^"]+)"\]/g, '.$1'));
  if (!path) {
    simulatedNote(io, `jq filter '${filter}' (prints its input)`);
    println(io, JSON.stringify(value, null, 2));
    return 0;
  }
  for (const key of (path[1] ?? '').split(/\.|(?=\[)/).filter(Boolean)) {
    const index = /^\[(\d+)\]$/.exec(key);
    value =
      value === null || typeof value !== 'object'
        ? null
        : index
          ? (value as unknown[])[Number(index[1])]
          : (value as Record<string, unknown>)[key];
    if (value === undefined) value = null;
  }
  const raw = argv.includes('-r') || argv.includes('--raw-output');
  println(io, raw && typeof value === 'string' ? value : JSON.stringify(value, null, argv.includes('-c') ? 0 : 2));
  return 0;
}

function packageManager(call: ToolCall): number {
  const { argv, io, shell } = call;
  const sub = argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
  if (/^(update|upgrade)$/.test(sub)) {
    println(io, 'Reading package lists... Done');
    shell.elapse(shell.host.rand(3000, 9000));
    return 0;
  }
  if (/^(install|add)$/.test(sub)) {
    const packages = argv.slice(2).filter((a) => !a.startsWith('-') && a !== sub);
    if (argv[0] === 'apt-get' || argv[0] === 'apt') {
      println(io, 'Reading package lists...');
      println(io, 'Building dependency tree...');
      println(io, `The following NEW packages will be installed:`);
      println(io, `  ${packages.join(' ')}`);
    } else println(io, `Installing: ${packages.join(' ')}`);
    shell.elapse(shell.host.rand(2000, 6000) * Math.max(1, packages.length));
    println(io, argv[0] === 'yum' || argv[0] === 'dnf' ? 'Complete!' : `Setting up ${packages.join(', ')} ...`);
    return 0;
  }
  return 0;
}

function uname({ argv, io }: ToolCall): number {
  println(
    io,
    argv.includes('-a')
      ? 'Linux ip-10-0-12-34 5.10.234-225.910.amzn2.x86_64 #1 SMP Fri Feb 14 16:52:40 UTC 2025 x86_64 x86_64 x86_64 GNU/Linux'
      : argv.includes('-m')
        ? 'x86_64'
        : argv.includes('-r')
          ? '5.10.234-225.910.amzn2.x86_64'
          : 'Linux',
  );
  return 0;
}

function nproc({ io, shell }: ToolCall): number {
  const compute = shell.host.build.environment.computeType;
  println(
    io,
    String(
      {
        BUILD_GENERAL1_SMALL: 2,
        BUILD_GENERAL1_MEDIUM: 4,
        BUILD_GENERAL1_LARGE: 8,
        BUILD_GENERAL1_XLARGE: 36,
        BUILD_GENERAL1_2XLARGE: 72,
      }[compute] ?? 2,
    ),
  );
  return 0;
}

const constant =
  (text: string): Tool =>
  ({ io }) => {
    println(io, text);
    return 0;
  };
const ok: Tool = () => 0;
const fail: Tool = () => 1;

export const BUILTINS: Record<string, Tool> = {
  echo,
  printf,
  cd,
  pwd: ({ io, shell }) => {
    println(io, shell.state.cwd);
    return 0;
  },
  pushd: (call) => {
    const status = cd(call);
    if (status === 0) println(call.io, call.shell.state.cwd);
    return status;
  },
  popd: ({ io, shell }) => {
    println(io, shell.state.cwd);
    return 0;
  },
  export: exportBuiltin,
  declare: exportBuiltin,
  typeset: exportBuiltin,
  local: ({ argv, shell }) => {
    for (const a of argv.slice(1))
      if (a.includes('=')) shell.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    return 0;
  },
  readonly: exportBuiltin,
  unset: ({ argv, shell }) => {
    for (const n of argv.slice(1).filter((a) => !a.startsWith('-'))) shell.unset(n);
    return 0;
  },
  set,
  shopt: ok,
  true: ok,
  ':': ok,
  false: fail,
  test,
  '[': test,
  sleep,
  date,
  exit,
  return: exit,
  read,
  env,
  printenv: env,
  source,
  '.': source,
  eval: evalBuiltin,
  exec: (call) => call.shell.exec(call.argv.slice(1), call.io),
  command,
  which,
  type: which,
  hash: ok,
  alias: ok,
  unalias: ok,
  trap: ok,
  ulimit: ok,
  umask: ok,
  wait: ok,
  shift: ok,
  timeout: run(1),
  nohup: run(1),
  sudo: run(1),
  time: (call) => {
    const before = call.shell.elapsed;
    const status = call.shell.exec(call.argv.slice(1), call.io);
    const ms = call.shell.elapsed - before;
    call.io.err(`\nreal\t${Math.floor(ms / 60000)}m${((ms % 60000) / 1000).toFixed(3)}s\n`);
    return status;
  },
  xargs: (call) => {
    const args = call.argv.slice(1).filter((a) => !a.startsWith('-'));
    const words = call.io.stdin.split(/\s+/).filter(Boolean);
    return call.shell.exec(args.length > 0 ? [...args, ...words] : ['echo', ...words], { ...call.io, stdin: '' });
  },
  bash: shellProgram,
  sh: shellProgram,
  zsh: shellProgram,
  dash: shellProgram,
  ls,
  cat,
  mkdir,
  cp: (call) => copyOrMove(call, false),
  mv: (call) => copyOrMove(call, true),
  rm,
  rmdir: rm,
  touch,
  chmod,
  chown: chmod,
  ln,
  find,
  head: headTail,
  tail: headTail,
  grep,
  egrep: grep,
  wc,
  sort,
  uniq,
  tr,
  cut,
  sed,
  awk,
  tee,
  basename: pathTool,
  dirname: pathTool,
  realpath: pathTool,
  readlink: pathTool,
  zip,
  unzip,
  tar,
  gzip: ok,
  gunzip: ok,
  sha256sum: digest,
  md5sum: digest,
  base64: base64Tool,
  'codebuild-hash-files': hashFiles,
  seq,
  jq,
  'apt-get': packageManager,
  apt: packageManager,
  yum: packageManager,
  dnf: packageManager,
  apk: packageManager,
  uname,
  nproc,
  whoami: ({ io, shell }) => {
    println(io, shell.get('CODEBUILD_RUN_AS') ?? 'root');
    return 0;
  },
  id: constant('uid=0(root) gid=0(root) groups=0(root)'),
  hostname: constant('ip-10-0-12-34.ec2.internal'),
  df: constant('Filesystem      Size  Used Avail Use% Mounted on\noverlay          64G  8.2G   53G  14% /'),
  free: constant(
    '               total        used        free      shared  buff/cache   available\nMem:         3923468      712340     2140188        1432     1070940     2963300',
  ),
  clear: ok,
};
