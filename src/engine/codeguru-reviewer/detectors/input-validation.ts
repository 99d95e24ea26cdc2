import { codeLines, type Detector, type Finding, type Language } from './detector';

const SOURCES: Record<Language, RegExp> = {
  Python:
    /^\s*(\w+)\s*=\s*.*\b(request\.(args|form|values|GET|POST|json|data|cookies|headers)\b|sys\.argv\[|input\(|event\[|event\.get\()/,
  Java: /^\s*(?:[\w<>[\],\s]+\s)?(\w+)\s*=\s*.*\b(getParameter|getHeader|getQueryString|getPathInfo)\(/,
};

const SINKS: Record<Language, { pattern: RegExp; kind: 'command' | 'path' | 'query' }[]> = {
  Python: [
    { pattern: /\b(os\.system|os\.popen|subprocess\.\w+|eval|exec)\(/, kind: 'command' },
    { pattern: /\b(open|os\.path\.join|send_file|os\.remove|shutil\.\w+)\(/, kind: 'path' },
    { pattern: /\.execute(many)?\(/, kind: 'query' },
  ],
  Java: [
    { pattern: /(\.exec\(|new\s+ProcessBuilder\()/, kind: 'command' },
    { pattern: /(new\s+File(InputStream|OutputStream|Reader|Writer)?\(|Paths\.get\(|Path\.of\()/, kind: 'path' },
    { pattern: /\.(executeQuery|executeUpdate|execute|prepareStatement)\(/, kind: 'query' },
  ],
};

const VALIDATION =
  /\b(if|assert|while|validate\w*|sanitize\w*|escape\w*|isValid\w*|matches|fullmatch|match|isdigit|isalnum|isnumeric|basename|normpath|realpath|getCanonicalPath|normalize|int|Integer\.parseInt|Long\.parseLong|shlex\.quote|allowlist|whitelist)\b/;

const RISK = {
  command: 'an operating system command, so a crafted value runs commands of its own (command injection)',
  path: 'a file path, so a value such as ../../etc/passwd reads or writes outside the intended folder (path traversal)',
  query: 'a database query, so a crafted value changes the query (SQL injection)',
};

/**
 * A value taken from the request (HTTP parameters, headers, a Lambda event, command-line arguments) reaching a
 * command, a file path or a query without any check on the lines between: no condition, validator, parse or
 * canonicalisation mentions the variable.
 */
export const inputValidation: Detector = {
  ruleId: 'missing-input-validation',
  ruleName: 'Missing input validation',
  shortDescription:
    'Input from outside the program should be validated before it reaches a command, a path or a query.',
  longDescription:
    'Values from a request are controlled by whoever sends it. Check them against an allowlist or a strict pattern, parse them into the type you expect, or canonicalise paths and check the result, before they are used to build a command, a file path or a query.',
  ruleTags: ['security', 'injection', 'input-validation', 'cwe-20'],
  severity: 'High',
  category: () => 'InputValidations',
  languages: ['Java', 'Python'],
  detect: (file) => {
    const lines = codeLines(file);
    const tainted = new Map<string, number>();
    const findings: Finding[] = [];
    for (const { number, code } of lines) {
      for (const [name, from] of tainted) {
        const mentions = new RegExp(`\\b${name}\\b`).test(code);
        if (!mentions) continue;
        if (VALIDATION.test(code)) {
          tainted.delete(name);
          continue;
        }
        const sink = SINKS[file.language].find((s) => s.pattern.test(code));
        if (!sink) continue;
        findings.push({
          startLine: number,
          endLine: number,
          description: `\`${name}\` comes from outside the program (line ${from}) and is used unchecked in ${RISK[sink.kind]}. Validate it first: compare it with an allowlist or a strict pattern, or parse it into the type you expect.`,
        });
      }
      const source = SOURCES[file.language].exec(code);
      if (source) tainted.set(source[1] as string, number);
    }
    return findings;
  },
};
