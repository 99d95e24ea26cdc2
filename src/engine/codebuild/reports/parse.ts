import { XMLParser } from 'fast-xml-parser';
import type { CodeCoverage, TestCase } from '../state';

type Node = Record<string, unknown>;

const ARRAYS = new Set([
  'testsuite',
  'testcase',
  'test-suite',
  'test-case',
  'suite',
  'test',
  'class',
  'test-method',
  'UnitTestResult',
  'UnitTest',
  'package',
  'sourcefile',
  'counter',
  'file',
  'line',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

const list = (value: unknown): Node[] =>
  Array.isArray(value) ? (value as Node[]) : value && typeof value === 'object' ? [value as Node] : [];
const str = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? ''
      : typeof value === 'object'
        ? String((value as Node)['#text'] ?? (value as Node).message ?? '')
        : String(value);
const seconds = (value: unknown) => Math.round((Number.parseFloat(str(value)) || 0) * 1e9);

function messageOf(node: unknown): string {
  const n = list(node)[0];
  if (!n) return typeof node === 'string' ? node : '';
  return [str(n.message), str(n['#text'])].filter(Boolean).join('\n').slice(0, 5000);
}

export type TestCaseDraft = Omit<TestCase, 'testRawDataPath'>;

function junit(doc: Node): TestCaseDraft[] | undefined {
  const root = (doc.testsuites as Node | undefined) ?? (doc.testsuite ? { testsuite: doc.testsuite } : undefined);
  if (!root) return undefined;
  const out: TestCaseDraft[] = [];
  const walk = (suite: Node) => {
    for (const tc of list(suite.testcase)) {
      const failure = tc.failure ?? undefined;
      const error = tc.error ?? undefined;
      const status: TestCase['status'] =
        failure !== undefined
          ? 'FAILED'
          : error !== undefined
            ? 'ERROR'
            : tc.skipped !== undefined
              ? 'SKIPPED'
              : 'SUCCEEDED';
      const message = failure !== undefined ? messageOf(failure) : error !== undefined ? messageOf(error) : '';
      out.push({
        prefix: str(tc.classname) || str(suite.name),
        name: str(tc.name),
        status,
        durationInNanoSeconds: seconds(tc.time),
        ...(message !== '' && { message }),
        testSuiteName: str(suite.name),
      });
    }
    for (const nested of list(suite.testsuite)) walk(nested);
  };
  for (const suite of list(root.testsuite)) walk(suite);
  return out;
}

function nunit(doc: Node): TestCaseDraft[] | undefined {
  const root = (doc['test-run'] as Node | undefined) ?? (doc['test-results'] as Node | undefined);
  if (!root) return undefined;
  const out: TestCaseDraft[] = [];
  const walk = (node: Node, suiteName: string) => {
    for (const tc of list(node['test-case'])) {
      const result = str(tc.result).toLowerCase();
      out.push({
        prefix: str(tc.classname) || suiteName,
        name: str(tc.name),
        status: /fail/.test(result)
          ? 'FAILED'
          : /error/.test(result)
            ? 'ERROR'
            : /skip|ignor|inconclusive/.test(result) || str(tc.executed) === 'False'
              ? 'SKIPPED'
              : 'SUCCEEDED',
        durationInNanoSeconds: seconds(tc.duration ?? tc.time),
        ...((tc.failure as Node | undefined) && { message: messageOf((tc.failure as Node).message ?? tc.failure) }),
        testSuiteName: suiteName,
      });
    }
    for (const suite of list(node['test-suite'])) walk(suite, str(suite.name) || suiteName);
    const results = node.results as Node | undefined;
    if (results) walk(results, suiteName);
  };
  walk(root, str(root.name));
  return out;
}

function testng(doc: Node): TestCaseDraft[] | undefined {
  const root = doc['testng-results'] as Node | undefined;
  if (!root) return undefined;
  const out: TestCaseDraft[] = [];
  for (const suite of list(root.suite)) {
    for (const test of list(suite.test)) {
      for (const cls of list(test.class)) {
        for (const m of list(cls['test-method'])) {
          if (str(m['is-config']) === 'true') continue;
          const status = str(m.status);
          out.push({
            prefix: str(cls.name),
            name: str(m.name),
            status:
              status === 'PASS'
                ? 'SUCCEEDED'
                : status === 'FAIL'
                  ? 'FAILED'
                  : status === 'SKIP'
                    ? 'SKIPPED'
                    : 'UNKNOWN',
            durationInNanoSeconds: (Number.parseInt(str(m['duration-ms']), 10) || 0) * 1e6,
            testSuiteName: str(suite.name),
          });
        }
      }
    }
  }
  return out;
}

function trx(doc: Node): TestCaseDraft[] | undefined {
  const run = doc.TestRun as Node | undefined;
  if (!run) return undefined;
  const results = list((run.Results as Node | undefined)?.UnitTestResult);
  return results.map((r) => {
    const [h = '0', m = '0', s = '0'] = str(r.duration).split(':');
    const outcome = str(r.outcome);
    const full = str(r.testName);
    const dot = full.lastIndexOf('.');
    const error = ((r.Output as Node | undefined)?.ErrorInfo as Node | undefined)?.Message;
    return {
      prefix: dot > 0 ? full.slice(0, dot) : '',
      name: dot > 0 ? full.slice(dot + 1) : full,
      status:
        outcome === 'Passed'
          ? 'SUCCEEDED'
          : outcome === 'Failed'
            ? 'FAILED'
            : outcome === 'NotExecuted'
              ? 'SKIPPED'
              : outcome === 'Error'
                ? 'ERROR'
                : 'UNKNOWN',
      durationInNanoSeconds: Math.round(((Number(h) * 60 + Number(m)) * 60 + Number.parseFloat(s)) * 1e9) || 0,
      ...(error !== undefined && { message: str(error) }),
      testSuiteName: str(run.name) || 'TestRun',
    };
  });
}

function cucumber(text: string): TestCaseDraft[] | undefined {
  let features: unknown;
  try {
    features = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(features)) return undefined;
  return (features as Node[]).flatMap((f) =>
    list(f.elements).map((e) => {
      const steps = list(e.steps).map((s) => (s.result as Node | undefined) ?? {});
      const statuses = steps.map((r) => str(r.status));
      const failed = steps.find((r) => str(r.status) === 'failed');
      return {
        prefix: str(f.name),
        name: str(e.name),
        status: statuses.includes('failed')
          ? 'FAILED'
          : statuses.length > 0 && statuses.every((s) => s === 'skipped' || s === 'pending')
            ? 'SKIPPED'
            : statuses.every((s) => s === 'passed')
              ? 'SUCCEEDED'
              : 'UNKNOWN',
        durationInNanoSeconds: steps.reduce((n, r) => n + (Number(r.duration) || 0), 0),
        ...(failed && { message: str(failed.error_message) }),
        testSuiteName: str(f.name),
      } satisfies TestCaseDraft;
    }),
  );
}

/** Test cases from a report file in its group's format, or undefined when the file is not in that format. */
export function parseTestReport(format: string, text: string): TestCaseDraft[] | undefined {
  if (format === 'CUCUMBERJSON') return cucumber(text);
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch {
    return undefined;
  }
  switch (format) {
    case 'NUNITXML':
    case 'NUNIT3XML':
      return nunit(doc) ?? junit(doc);
    case 'TESTNGXML':
      return testng(doc) ?? junit(doc);
    case 'VISUALSTUDIOTRX':
      return trx(doc) ?? junit(doc);
    default:
      return junit(doc);
  }
}

export type CoverageDraft = Omit<CodeCoverage, 'id'>;

const pct = (covered: number, total: number) => (total === 0 ? 0 : Math.round((covered / total) * 10000) / 100);

function fileCoverage(
  filePath: string,
  linesCovered: number,
  linesMissed: number,
  branchesCovered?: number,
  branchesMissed?: number,
): CoverageDraft {
  return {
    filePath,
    lineCoveragePercentage: pct(linesCovered, linesCovered + linesMissed),
    linesCovered,
    linesMissed,
    ...(branchesCovered !== undefined &&
      branchesMissed !== undefined && {
        branchCoveragePercentage: pct(branchesCovered, branchesCovered + branchesMissed),
        branchesCovered,
        branchesMissed,
      }),
  };
}

/** Per-file coverage from a coverage report, or undefined when the file is not in that format. */
export function parseCoverageReport(format: string, text: string): CoverageDraft[] | undefined {
  if (format === 'SIMPLECOV') {
    try {
      const json = JSON.parse(text) as Node;
      const result = json.result as Node | undefined;
      if (result) {
        const percent = Number(result.line ?? result.covered_percent ?? 0);
        return [fileCoverage('(total)', Math.round(percent * 10), Math.round((100 - percent) * 10))];
      }
      const files = Object.values(json)
        .flatMap((run) => Object.entries(((run as Node).coverage as Node | undefined) ?? {}))
        .map(([path, lines]) => {
          const hits = (Array.isArray(lines) ? lines : (((lines as Node).lines as unknown[]) ?? [])).filter(
            (h) => h !== null,
          ) as number[];
          return fileCoverage(path, hits.filter((h) => h > 0).length, hits.filter((h) => h === 0).length);
        });
      return files.length > 0 ? files : undefined;
    } catch {
      return undefined;
    }
  }
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch {
    return undefined;
  }
  if (format === 'COBERTURAXML') {
    const root = doc.coverage as Node | undefined;
    if (!root) return undefined;
    const classes = list((root.packages as Node | undefined)?.package).flatMap((p) =>
      list((p.classes as Node | undefined)?.class),
    );
    if (classes.length === 0) {
      const valid = Number(root['lines-valid']) || 0;
      const covered = Number(root['lines-covered']) || 0;
      return [
        fileCoverage(
          '(total)',
          covered,
          valid - covered,
          Number(root['branches-covered']) || 0,
          (Number(root['branches-valid']) || 0) - (Number(root['branches-covered']) || 0),
        ),
      ];
    }
    return classes.map((c) => {
      const lines = list((c.lines as Node | undefined)?.line);
      const covered = lines.filter((l) => Number(l.hits) > 0).length;
      return fileCoverage(str(c.filename), covered, lines.length - covered);
    });
  }
  if (format === 'CLOVERXML') {
    const project = (doc.coverage as Node | undefined)?.project as Node | undefined;
    if (!project) return undefined;
    const files = [...list(project.file), ...list(project.package).flatMap((p) => list(p.file))];
    const metrics = (m: Node | undefined) => {
      const statements = Number(m?.statements) || 0;
      const coveredStatements = Number(m?.coveredstatements) || 0;
      const conditionals = Number(m?.conditionals) || 0;
      const coveredConditionals = Number(m?.coveredconditionals) || 0;
      return [
        coveredStatements,
        statements - coveredStatements,
        coveredConditionals,
        conditionals - coveredConditionals,
      ] as const;
    };
    if (files.length === 0) return [fileCoverage('(total)', ...metrics(project.metrics as Node | undefined))];
    return files.map((f) => fileCoverage(str(f.path) || str(f.name), ...metrics(f.metrics as Node | undefined)));
  }
  if (format === 'JACOCOXML') {
    const report = doc.report as Node | undefined;
    if (!report) return undefined;
    const counter = (node: Node, type: string) => list(node.counter).find((c) => c.type === type);
    const files = list(report.package).flatMap((p) =>
      list(p.sourcefile).map((s) => ({ path: `${str(p.name)}/${str(s.name)}`, node: s })),
    );
    const draft = (path: string, node: Node) => {
      const line = counter(node, 'LINE');
      const branch = counter(node, 'BRANCH');
      return fileCoverage(
        path,
        Number(line?.covered) || 0,
        Number(line?.missed) || 0,
        branch ? Number(branch.covered) || 0 : undefined,
        branch ? Number(branch.missed) || 0 : undefined,
      );
    };
    return files.length > 0 ? files.map((f) => draft(f.path, f.node)) : [draft('(total)', report)];
  }
  return undefined;
}
