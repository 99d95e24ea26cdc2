import { codeLines, type Detector, type Finding, type SourceFile } from './detector';

const JAVA_RESOURCE =
  /(\w+)\s*=\s*(new\s+(FileInputStream|FileOutputStream|FileReader|FileWriter|BufferedReader|BufferedWriter|InputStreamReader|PrintWriter|Scanner|ZipFile|RandomAccessFile|Socket)\b|DriverManager\.getConnection\(|\w+\.(getConnection|createStatement|prepareStatement|openStream)\()/;
const METHOD_RESULT: Record<string, string> = {
  createStatement: 'Statement',
  prepareStatement: 'PreparedStatement',
  openStream: 'InputStream',
};
const PYTHON_OPEN = /(^|[^\w.])open\(/;

function java(file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  let tryDepth = 0;
  for (const { number, code } of codeLines(file)) {
    // Resources declared in a try-with-resources header (which may span lines) are closed by the language.
    if (/\btry\s*\(/.test(code)) tryDepth = 1;
    const inHeader = tryDepth > 0;
    if (inHeader && /\)\s*\{/.test(code)) tryDepth = 0;
    if (inHeader) continue;
    const match = JAVA_RESOURCE.exec(code);
    if (!match) continue;
    const resource = match[3] ?? METHOD_RESULT[match[4] ?? ''] ?? 'Connection';
    findings.push({
      startLine: number,
      endLine: number,
      description: `The ${resource} assigned to \`${match[1]}\` is not closed on every path: if an exception is thrown before close() runs, it leaks a file handle or a connection. Declare it in a try-with-resources statement: \`try (${resource} ${match[1]} = ...) { ... }\`.`,
    });
  }
  return findings;
}

function python(file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  for (const { number, code } of codeLines(file)) {
    if (!PYTHON_OPEN.test(code) || /^\s*(async\s+)?with\b/.test(code)) continue;
    findings.push({
      startLine: number,
      endLine: number,
      description:
        'The file opened on this line is not closed if an exception occurs before close() (or ever, if close() is not called). Open it in a with statement, `with open(path) as f:`, so it is closed when the block ends.',
    });
  }
  return findings;
}

/** Streams, readers and connections opened outside try-with-resources (Java) or a `with` block (Python). */
export const resourceLeak: Detector = {
  ruleId: 'resource-leak',
  ruleName: 'Resource leak',
  shortDescription: 'Resources such as streams, files and connections should be closed on every path.',
  longDescription:
    'A resource that is not closed when an exception is thrown keeps its file descriptor or database connection until the process ends; under load the process runs out of them. Java: try-with-resources. Python: the with statement.',
  ruleTags: ['resource-leak', 'reliability', 'cwe-400'],
  severity: 'Medium',
  category: () => 'ResourceLeaks',
  languages: ['Java', 'Python'],
  detect: (file) => (file.language === 'Java' ? java(file) : python(file)),
};
