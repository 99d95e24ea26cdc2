import picomatch from 'picomatch';
import { matcher } from '../match';
import type { BuildspecReportGroup } from '../../../specs';
import type { ToolCall } from '../shell';
import { basename, resolvePath } from '../workspace';

/**
 * Simulated test runs. Test files are found by name; the cases in a file are its `test(...)`/`it(...)`
 * (JavaScript), `def test_...` (Python), `@Test` methods (Java/Kotlin), `func TestX` (Go) or `[Fact]`/`[Test]`
 * methods (C#). The rules, documented in docs/codebuild-simulation.md:
 * - a file whose name contains `failing` fails all its cases;
 * - a case whose body contains the marker `cicdlab: fail` fails (a marker outside any case fails them all);
 * - `it.skip`/`xit`/`@Disabled`/`@pytest.mark.skip`/`t.Skip(` cases are skipped.
 */
export interface CaseResult {
  file: string;
  suite: string;
  classname: string;
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  message?: string;
}

export type Language = 'js' | 'python' | 'java' | 'go' | 'csharp';

const FILE_PATTERNS: Record<Language, string[]> = {
  js: [
    '**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs}',
    '**/__tests__/**/*.{js,jsx,ts,tsx,mjs,cjs}',
    '{test,tests}/**/*.{js,mjs,cjs,ts}',
  ],
  python: ['**/test_*.py', '**/*_test.py'],
  java: ['**/src/test/**/*Test*.{java,kt}', '**/src/test/**/*IT.{java,kt}'],
  go: ['**/*_test.go'],
  csharp: ['**/*Test*.cs', '**/*Tests/**/*.cs'],
};

const CASE_PATTERNS: Record<Language, RegExp> = {
  js: /\b(x?it|test|it\.skip|test\.skip|it\.only|test\.only|it\.todo|test\.todo)\s*\(\s*(['"`])((?:\\.|(?!\2).)*)\2/g,
  python: /^(\s*@pytest\.mark\.skip[^\n]*\n)?\s*(?:async\s+)?def\s+(test_\w+)\s*\(/gm,
  java: /@(Test|Disabled|Ignore)\b[\s\S]*?\b(?:void|fun)\s+`?([\w ]+?)`?\s*\(/g,
  go: /^func\s+(Test\w+)\s*\(\s*(\w+)\s+\*testing\.T\s*\)/gm,
  csharp: /\[(Fact|Test|TestMethod|Theory)[^\]]*\][\s\S]*?\b(?:void|Task)\s+(\w+)\s*\(/g,
};

const MARKER = 'cicdlab: fail';

export function findTestFiles(call: ToolCall, language: Language, roots: readonly string[] = ['.']): string[] {
  const { shell } = call;
  const isMatch = matcher(FILE_PATTERNS[language], false);
  const found = new Set<string>();
  for (const root of roots) {
    const dir = shell.resolve(root.replace(/\/\.\.\.$/, ''));
    if (shell.fs.isFile(dir)) {
      found.add(dir);
      continue;
    }
    for (const rel of shell.fs.filesUnder(dir)) {
      if (rel.split('/').includes('node_modules') || rel.startsWith('.git/')) continue;
      if (isMatch(rel)) found.add(`${dir === '/' ? '' : dir}/${rel}`);
    }
  }
  return [...found].sort();
}

/** The cases of one test file, with their outcomes under the rules above. */
export function runTestFile(call: ToolCall, path: string, language: Language): CaseResult[] {
  const content = call.shell.fs.read(path) ?? '';
  const file = relativeToSrc(call, path);
  const failingName = basename(path).toLowerCase().includes('failing');
  const stem = basename(path).replace(/\.[^.]+$/, '');
  const found: { name: string; index: number; skipped: boolean }[] = [];
  for (const m of content.matchAll(CASE_PATTERNS[language])) {
    const index = m.index ?? 0;
    if (language === 'js') found.push({ name: m[3] ?? 'test', index, skipped: /skip|todo|^x/.test(m[1] ?? '') });
    else if (language === 'python') found.push({ name: m[2] ?? 'test', index, skipped: m[1] !== undefined });
    else if (language === 'java')
      found.push({
        name: (m[2] ?? 'test').trim(),
        index,
        skipped: m[1] !== 'Test' || /@(Disabled|Ignore)\b/.test(m[0]),
      });
    else if (language === 'go') {
      const body = content.slice(index, content.indexOf('\n}', index) + 1);
      found.push({ name: m[1] ?? 'Test', index, skipped: new RegExp(`${m[2] ?? 't'}\\.Skip`).test(body) });
    } else found.push({ name: m[2] ?? 'Test', index, skipped: /Skip\s*=/.test(m[0]) });
  }
  if (found.length === 0) found.push({ name: stem, index: 0, skipped: false });
  const markerAt = content.indexOf(MARKER);
  const markerBeforeCases = markerAt >= 0 && markerAt < (found[0]?.index ?? 0);
  const suite = language === 'java' ? classNameOf(content, stem) : file;
  return found.map((c, i) => {
    const end = found[i + 1]?.index ?? content.length;
    const body = content.slice(c.index, end);
    const fails = !c.skipped && (failingName || markerBeforeCases || body.includes(MARKER));
    const durationMs = c.skipped ? 0 : call.shell.host.rand(1, 40);
    return {
      file,
      suite,
      classname: language === 'java' ? suite : file.replace(/\.[^.]+$/, '').replace(/\//g, '.'),
      name: c.name,
      status: c.skipped ? 'skipped' : fails ? 'failed' : 'passed',
      durationMs,
      ...(fails && {
        message: failingName
          ? `Simulated failure: the test file name contains "failing" (${file})`
          : `Simulated failure: the test contains the marker "${MARKER}" (${file})`,
      }),
    };
  });
}

function classNameOf(content: string, stem: string): string {
  const pkg = /^\s*package\s+([\w.]+)/m.exec(content)?.[1];
  return pkg ? `${pkg}.${stem}` : stem;
}

export function relativeToSrc(call: ToolCall, path: string): string {
  const src = call.shell.host.run.srcDir;
  return path.startsWith(`${src}/`) ? path.slice(src.length + 1) : path;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML for a set of cases, grouped into one `<testsuite>` per suite. */
export function junitXml(cases: readonly CaseResult[], name: string): string {
  const suites = new Map<string, CaseResult[]>();
  for (const c of cases) suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
  const total = (list: readonly CaseResult[]) => (list.reduce((n, c) => n + c.durationMs, 0) / 1000).toFixed(3);
  const count = (list: readonly CaseResult[], s: CaseResult['status']) => list.filter((c) => c.status === s).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${esc(name)}" tests="${cases.length}" failures="${count(cases, 'failed')}" errors="0" time="${total(cases)}">`,
  ];
  for (const [suite, list] of suites) {
    lines.push(
      `  <testsuite name="${esc(suite)}" tests="${list.length}" failures="${count(list, 'failed')}" errors="0" skipped="${count(list, 'skipped')}" time="${total(list)}">`,
    );
    for (const c of list) {
      const open = `    <testcase classname="${esc(c.classname)}" name="${esc(c.name)}" time="${(c.durationMs / 1000).toFixed(3)}"`;
      if (c.status === 'passed') lines.push(`${open}/>`);
      else if (c.status === 'skipped') lines.push(`${open}>`, '      <skipped/>', '    </testcase>');
      else {
        lines.push(
          `${open}>`,
          `      <failure message="${esc(c.message ?? 'failed')}" type="AssertionError">${esc(c.message ?? '')}</failure>`,
          '    </testcase>',
        );
      }
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}

/** Visual Studio TRX for the same cases. */
export function trxFor(cases: readonly CaseResult[]): string {
  const outcome = (c: CaseResult) =>
    c.status === 'passed' ? 'Passed' : c.status === 'failed' ? 'Failed' : 'NotExecuted';
  const time = (ms: number) => `00:00:${(ms / 1000).toFixed(7).padStart(10, '0')}`;
  const results = cases.map(
    (c, i) =>
      `    <UnitTestResult testId="00000000-0000-0000-0000-${String(i).padStart(12, '0')}" testName="${esc(`${c.classname}.${c.name}`)}" duration="${time(c.durationMs)}" outcome="${outcome(c)}">${c.message ? `<Output><ErrorInfo><Message>${esc(c.message)}</Message></ErrorInfo></Output>` : ''}</UnitTestResult>`,
  );
  const definitions = cases.map(
    (c, i) =>
      `    <UnitTest name="${esc(c.name)}" id="00000000-0000-0000-0000-${String(i).padStart(12, '0')}"><TestMethod className="${esc(c.classname)}" name="${esc(c.name)}"/></UnitTest>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">',
    '  <Results>',
    ...results,
    '  </Results>',
    '  <TestDefinitions>',
    ...definitions,
    '  </TestDefinitions>',
    '</TestRun>',
    '',
  ].join('\n');
}

function cucumber(cases: readonly CaseResult[]): string {
  const features = new Map<string, CaseResult[]>();
  for (const c of cases) features.set(c.suite, [...(features.get(c.suite) ?? []), c]);
  return JSON.stringify(
    [...features].map(([suite, list]) => ({
      name: suite,
      uri: suite,
      elements: list.map((c) => ({
        name: c.name,
        type: 'scenario',
        steps: [
          {
            name: c.name,
            result: {
              status: c.status,
              duration: c.durationMs * 1_000_000,
              ...(c.message && { error_message: c.message }),
            },
          },
        ],
      })),
    })),
    null,
    2,
  );
}

/** A simulated coverage figure: covered lines grow with the number of passing cases. */
function coverageFiles(
  call: ToolCall,
  cases: readonly CaseResult[],
): { file: string; lines: number; covered: number }[] {
  const sources = new Set(cases.map((c) => c.file.replace(/(\.test|\.spec|_test|Test)(?=\.)|test_/g, '')));
  const passing = cases.filter((c) => c.status === 'passed').length;
  const ratio = cases.length === 0 ? 0 : 0.55 + (0.4 * passing) / cases.length;
  return [...sources].map((file) => {
    const lines = 20 + call.shell.host.rand(0, 80);
    return { file, lines, covered: Math.round(lines * ratio) };
  });
}

function coverage(format: string, call: ToolCall, cases: readonly CaseResult[]): string {
  const files = coverageFiles(call, cases);
  const lines = files.reduce((n, f) => n + f.lines, 0);
  const covered = files.reduce((n, f) => n + f.covered, 0);
  const rate = lines === 0 ? 0 : covered / lines;
  switch (format) {
    case 'CLOVERXML':
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<coverage generated="0" clover="3.2.0">',
        '  <project timestamp="0" name="All files">',
        `    <metrics statements="${lines}" coveredstatements="${covered}" conditionals="0" coveredconditionals="0" methods="0" coveredmethods="0" elements="${lines}" coveredelements="${covered}" files="${files.length}"/>`,
        ...files.map(
          (f) =>
            `    <file name="${esc(basename(f.file))}" path="${esc(f.file)}"><metrics statements="${f.lines}" coveredstatements="${f.covered}" conditionals="0" coveredconditionals="0" methods="0" coveredmethods="0"/></file>`,
        ),
        '  </project>',
        '</coverage>',
        '',
      ].join('\n');
    case 'COBERTURAXML':
      return [
        '<?xml version="1.0" ?>',
        `<coverage lines-valid="${lines}" lines-covered="${covered}" line-rate="${rate.toFixed(4)}" branches-valid="0" branches-covered="0" branch-rate="0" timestamp="0" complexity="0" version="0.1">`,
        '  <packages><package name="main" line-rate="' + rate.toFixed(4) + '" branch-rate="0" complexity="0"><classes>',
        ...files.map(
          (f) =>
            `    <class name="${esc(basename(f.file))}" filename="${esc(f.file)}" line-rate="${(f.covered / f.lines).toFixed(4)}" branch-rate="0" complexity="0"><lines>${Array.from({ length: f.lines }, (_, i) => `<line number="${i + 1}" hits="${i < f.covered ? 1 : 0}"/>`).join('')}</lines></class>`,
        ),
        '  </classes></package></packages>',
        '</coverage>',
        '',
      ].join('\n');
    case 'JACOCOXML':
      return [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<report name="coverage">',
        ...files.map(
          (f) =>
            `  <package name="${esc(f.file.replace(/\/[^/]+$/, ''))}"><sourcefile name="${esc(basename(f.file))}"><counter type="LINE" missed="${f.lines - f.covered}" covered="${f.covered}"/></sourcefile></package>`,
        ),
        `  <counter type="LINE" missed="${lines - covered}" covered="${covered}"/>`,
        '</report>',
        '',
      ].join('\n');
    default:
      return JSON.stringify(
        { result: { line: Number((rate * 100).toFixed(2)), covered_percent: Number((rate * 100).toFixed(2)) } },
        null,
        2,
      );
  }
}

const DEFAULT_NAMES: Record<string, string> = {
  JUNITXML: 'junit.xml',
  NUNITXML: 'TestResult.xml',
  NUNIT3XML: 'TestResult.xml',
  TESTNGXML: 'testng-results.xml',
  VISUALSTUDIOTRX: 'results.trx',
  CUCUMBERJSON: 'cucumber.json',
  CLOVERXML: 'clover.xml',
  COBERTURAXML: 'cobertura-coverage.xml',
  JACOCOXML: 'jacoco.xml',
  SIMPLECOV: '.resultset.json',
};

export const COVERAGE_FORMATS = new Set(['CLOVERXML', 'COBERTURAXML', 'JACOCOXML', 'SIMPLECOV']);

/** Where a report group's files are looked for: its base directory (absolute) and patterns. */
function groupLocation(call: ToolCall, group: BuildspecReportGroup): { base: string; patterns: string[] } | undefined {
  const env = (s: string) => s.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, n: string) => call.shell.get(n) ?? '');
  const src = call.shell.host.run.srcDir;
  const base = resolvePath(src, env(group.baseDirectory ?? '.'));
  const patterns = group.files.map((f) => env(f).replace(/^\.\//, ''));
  return patterns.length > 0 ? { base, patterns } : undefined;
}

function matchesGroup(call: ToolCall, location: { base: string; patterns: string[] }): boolean {
  const isMatch = matcher(location.patterns);
  return call.shell.fs.filesUnder(location.base).some((rel) => isMatch(rel));
}

/** A file name inside the group's first pattern: the literal path, or a name its glob accepts. */
function targetFor(location: { base: string; patterns: string[] }, format: string): string {
  const pattern = location.patterns[0] as string;
  if (!/[*?[{]/.test(pattern)) return `${location.base}/${pattern}`;
  const name = DEFAULT_NAMES[format] ?? 'report.xml';
  const segments = pattern.split('/');
  const last = segments.pop() as string;
  const dir = segments.filter((s) => !/[*?[{]/.test(s)).join('/');
  const stem = name.replace(/\.[^.]+$/, '');
  const file = picomatch.isMatch(name, last, { dot: true })
    ? name
    : last
        .replace(/\*+/g, stem)
        .replace(/\?/g, 'x')
        .replace(/[[{].*?[\]}]/g, '');
  return `${location.base}${dir ? `/${dir}` : ''}/${file}`;
}

/**
 * A test tool writes its results into each report group of the buildspec that has no matching file yet: test
 * groups get the cases in the group's file format, code-coverage groups a coverage report.
 */
export function writeReportFiles(call: ToolCall, cases: readonly CaseResult[], tool: string): void {
  for (const group of call.shell.host.reports) {
    const location = groupLocation(call, group);
    if (!location || matchesGroup(call, location)) continue;
    const format = group.fileFormat;
    const path = targetFor(location, format);
    let body: string;
    if (COVERAGE_FORMATS.has(format)) body = coverage(format, call, cases);
    else if (format === 'VISUALSTUDIOTRX') body = trxFor(cases);
    else if (format === 'CUCUMBERJSON') body = cucumber(cases);
    else body = junitXml(cases, tool);
    call.shell.fs.write(path, body);
  }
}

export function summary(cases: readonly CaseResult[]) {
  return {
    total: cases.length,
    passed: cases.filter((c) => c.status === 'passed').length,
    failed: cases.filter((c) => c.status === 'failed').length,
    skipped: cases.filter((c) => c.status === 'skipped').length,
    durationMs: cases.reduce((n, c) => n + c.durationMs, 0),
  };
}
