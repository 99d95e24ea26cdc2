import { codeLines, type Detector, type Finding, type Language } from './detector';

const EXECUTE: Record<Language, RegExp> = {
  Python: /\.(execute|executemany|executescript)\(\s*(.*)$/,
  Java: /\.(executeQuery|executeUpdate|execute|addBatch|prepareStatement)\(\s*(.*)$/,
};

/** A query string built from pieces: concatenation with a literal, an f-string, `%` or `.format(`. */
const BUILT: Record<Language, RegExp> = {
  Python: /^(f["']|["'][^"']*["']\s*(%|\+|\.format\()|\w+\s*\+\s*["']|["'][^"']*["']\s*\+)/,
  Java: /(["']\s*\+\s*\w|\w\s*\+\s*["']|String\.format\()/,
};

const QUERY_WORDS = /\b(select|insert|update|delete|where|from|values|into)\b/i;

/** Query text assigned to a variable on an earlier line: `sql = "SELECT ... " + name`. */
const BUILT_ASSIGNMENT = /^\s*(?:[\w<>]+\s+)?(\w+)\s*[+]?=\s*(.*)$/;

/**
 * SQL built by string concatenation or formatting and passed to execute: either inline in the call, or through a
 * variable assigned such a string earlier in the file.
 */
export const sqlInjection: Detector = {
  ruleId: 'sql-injection',
  ruleName: 'SQL injection',
  shortDescription: 'SQL queries should use bound parameters, not strings built from values.',
  longDescription:
    'A query assembled with +, f-strings, % or format() runs whatever the values contain as SQL. Pass values as bound parameters: a PreparedStatement with ? placeholders and setString in Java, cursor.execute(sql, params) in Python.',
  ruleTags: ['security', 'injection', 'sql', 'cwe-89'],
  severity: 'High',
  category: () => 'SecurityIssues',
  languages: ['Java', 'Python'],
  detect: (file) => {
    const built = new Set<string>();
    const findings: Finding[] = [];
    for (const { number, code } of codeLines(file)) {
      const call = EXECUTE[file.language].exec(code);
      if (call) {
        const argument = call[2] as string;
        const variable = /^(\w+)\s*[,)]/.exec(argument)?.[1];
        const inline = QUERY_WORDS.test(argument) && BUILT[file.language].test(argument);
        if (inline || (variable !== undefined && built.has(variable))) {
          findings.push({
            startLine: number,
            endLine: number,
            description: `The query passed to ${call[1]} is built by ${file.language === 'Java' ? 'string concatenation' : 'string formatting or concatenation'}, so a value containing a quote can change the statement (SQL injection). ${file.language === 'Java' ? 'Use a PreparedStatement with ? placeholders and set each value with setString/setInt.' : 'Pass the values separately: cursor.execute("... WHERE id = %s", (value,)).'}`,
          });
        }
        continue;
      }
      const assignment = BUILT_ASSIGNMENT.exec(code);
      if (assignment && QUERY_WORDS.test(assignment[2] as string) && BUILT[file.language].test(assignment[2] as string))
        built.add(assignment[1] as string);
    }
    return findings;
  },
};
