import { codeLines, type Detector, type Finding } from './detector';

const DEF = /^\s*(async\s+)?def\s+(\w+)\s*\(/;
const MUTABLE_DEFAULT =
  /(\w+)\s*(:\s*[\w[\], .]+)?=\s*(\[\s*\]|\{\s*\}|list\(\)|dict\(\)|set\(\)|\[[^\]]+\]|\{[^}]+\})/;

/** A Python function whose parameter defaults to a list, dict or set (`def f(items=[])`). */
export const mutableDefaultArgument: Detector = {
  ruleId: 'python-mutable-default-argument',
  ruleName: 'Mutable default argument',
  shortDescription: 'Default argument values should not be mutable.',
  longDescription:
    'Python evaluates a default value once, when the function is defined, so every call that uses the default shares the same list, dict or set; a change made in one call is seen by the next. Default to None and create the object in the body.',
  ruleTags: ['python', 'correctness', 'maintainability'],
  severity: 'Medium',
  category: () => 'PythonBestPractices',
  languages: ['Python'],
  detect: (file) => {
    const lines = codeLines(file);
    const findings: Finding[] = [];
    lines.forEach(({ number, code }, index) => {
      const def = DEF.exec(code);
      if (!def) return;
      // A signature may span lines; read up to the closing colon.
      let signature = code;
      let end = index;
      while (!/\)\s*(->[^:]+)?:\s*$/.test(signature) && end + 1 < lines.length && end - index < 20) {
        end++;
        signature += ' ' + (lines[end] as { code: string }).code.trim();
      }
      const parameters = signature.slice(signature.indexOf('(') + 1);
      const match = MUTABLE_DEFAULT.exec(parameters);
      if (!match) return;
      findings.push({
        startLine: number,
        endLine: (lines[end] as { number: number }).number,
        description: `The default value of \`${match[1]}\` in ${def[2]}() is created once and shared by every call that omits the argument, so changes made to it in one call leak into the next. Use \`${match[1]}=None\` and create the object in the body: \`if ${match[1]} is None: ${match[1]} = ${match[3]?.startsWith('{') || match[3] === 'dict()' ? '{}' : match[3] === 'set()' ? 'set()' : '[]'}\`.`,
      });
    });
    return findings;
  },
};
