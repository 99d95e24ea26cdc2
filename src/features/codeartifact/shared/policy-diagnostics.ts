import type { Diagnostic } from '../../../engine/specs';

const at = (text: string, offset: number) => {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
};

const finding = (text: string, offset: number, code: string, message: string): Diagnostic => {
  const { line, column } = at(text, offset);
  return { line, column, endLine: line, endColumn: column + 1, severity: 'error', code, message };
};

/** Where the browser's JSON parser stopped: `at position 12` or `(line 2 column 5)`, whichever it says. */
function syntaxOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((n, l) => n + l.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  return text.length;
}

/**
 * What a resource policy must be before CodeArtifact accepts it: JSON, an object with `Version` and one or more
 * `Statement`s, each with `Effect` Allow or Deny, a `Principal` and an `Action`. Each finding points at the line
 * of the statement (or the spot where the JSON breaks).
 */
export function policyDiagnostics(text: string): Diagnostic[] {
  if (text.trim() === '')
    return [finding(text, 0, 'policy-empty', 'The policy is empty: write a JSON policy document.')];
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [finding(text, syntaxOffset(text, message), 'json-syntax', `Not valid JSON: ${message}`)];
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return [finding(text, 0, 'policy-not-object', 'A policy document is a JSON object with Version and Statement.')];
  const policy = document as Record<string, unknown>;
  const problems: Diagnostic[] = [];
  if (policy.Version !== '2012-10-17' && policy.Version !== '2008-10-17')
    problems.push(
      finding(text, Math.max(0, text.indexOf('"Version"')), 'policy-version', 'Version must be "2012-10-17".'),
    );
  const statements = Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : [];
  if (statements.length === 0)
    problems.push(
      finding(text, Math.max(0, text.indexOf('"Statement"')), 'policy-statement', 'Add at least one Statement.'),
    );
  let searchFrom = Math.max(0, text.indexOf('"Statement"'));
  statements.forEach((s: unknown, i) => {
    const start = text.indexOf('{', searchFrom + 1);
    const offset = start < 0 ? searchFrom : start;
    searchFrom = offset;
    const statement = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    const label = `Statement ${i + 1}`;
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')
      problems.push(finding(text, offset, 'policy-effect', `${label}: Effect must be "Allow" or "Deny".`));
    if (statement.Action === undefined && statement.NotAction === undefined)
      problems.push(
        finding(
          text,
          offset,
          'policy-action',
          `${label}: name the Action it allows or denies (codeartifact:ReadFromRepository …).`,
        ),
      );
    if (statement.Principal === undefined && statement.NotPrincipal === undefined)
      problems.push(
        finding(
          text,
          offset,
          'policy-principal',
          `${label}: a resource policy names its Principal ({"AWS": "arn:aws:iam::111122223333:root"}).`,
        ),
      );
  });
  return problems;
}
