import { codeLines, type Detector, type Finding } from './detector';

const JAVA_CATCH = /\bcatch\s*\(\s*(final\s+)?(Exception|Throwable|RuntimeException)\s+\w+\s*\)\s*\{(.*)$/;
const PYTHON_EXCEPT = /^\s*except\s*(\(?\s*(Exception|BaseException)\b[^:]*)?:\s*(.*)$/;

type Line = { number: number; code: string };

/** The statements of a Java block whose `{` ends the line at `index` (`rest` is what follows the brace). */
function javaStatements(lines: Line[], index: number, rest: string): string[] {
  let depth = 1;
  let body = '';
  for (let i = index, text = rest; i < lines.length; i++, text = lines[i]?.code ?? '') {
    for (const c of text) {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return statements(body);
      body += c;
    }
    body += '\n';
  }
  return statements(body);
}

const statements = (body: string) =>
  body
    .split(/[\n;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The statements of a Python block: what follows the colon, else the lines indented under the handler. */
function pythonStatements(lines: Line[], index: number, rest: string): string[] {
  if (rest.trim() !== '') return [rest.trim()];
  const indentOf = (code: string) => /^\s*/.exec(code)?.[0].length ?? 0;
  const indent = indentOf((lines[index] as Line).code);
  const body: string[] = [];
  for (const { code } of lines.slice(index + 1)) {
    if (code.trim() === '') continue;
    if (indentOf(code) <= indent) break;
    body.push(code.trim());
  }
  return body;
}

/**
 * A handler that catches every exception (`catch (Exception e)`, `catch (Throwable t)`, `except:`,
 * `except Exception:`) and does nothing with it: an empty block, or only `pass`/`continue`/`return`.
 */
export const swallowedException: Detector = {
  ruleId: 'swallowed-generic-exception',
  ruleName: 'Swallowed generic exception',
  shortDescription: 'Catching every exception and ignoring it hides failures.',
  longDescription:
    'A handler that catches Exception (or everything) and does nothing turns any error, including programming errors, into silent wrong behaviour. Catch the specific exceptions you expect, and log, handle or rethrow them.',
  ruleTags: ['error-handling', 'maintainability', 'cwe-396'],
  severity: 'Medium',
  category: (language) => (language === 'Java' ? 'JavaBestPractices' : 'PythonBestPractices'),
  languages: ['Java', 'Python'],
  detect: (file) => {
    const lines = codeLines(file);
    const findings: Finding[] = [];
    lines.forEach(({ number, code }, index) => {
      const match = (file.language === 'Java' ? JAVA_CATCH : PYTHON_EXCEPT).exec(code);
      if (!match) return;
      const rest = match[3] ?? '';
      const body = file.language === 'Java' ? javaStatements(lines, index, rest) : pythonStatements(lines, index, rest);
      if (!body.every((statement) => /^(pass|continue|return|return None|\.\.\.)$/.test(statement))) return;
      const caught = match[2] ?? 'every exception';
      findings.push({
        startLine: number,
        endLine: number,
        description: `This handler catches ${caught === 'every exception' ? caught : `\`${caught}\``} and ignores it, so any failure in the try block, including a bug, goes unnoticed. Catch only the exceptions you expect here, and log or rethrow the others.`,
      });
    });
    return findings;
  },
};
