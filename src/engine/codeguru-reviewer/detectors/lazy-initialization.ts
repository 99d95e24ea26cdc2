import { codeLines, type Detector, type Finding } from './detector';

const STATIC_FIELD = /\bstatic\s+(?!final\b)(?:volatile\s+)?[\w<>[\], ]+?\s+(\w+)\s*(=\s*null\s*)?;/;

/**
 * Java lazy initialisation of a static field (`if (instance == null) instance = new ...`) in a method that is not
 * synchronized and not inside a synchronized block: two threads can both see null and build two instances.
 */
export const lazyInitialization: Detector = {
  ruleId: 'java-unsynchronized-lazy-initialization',
  ruleName: 'Unsynchronized lazy initialization',
  shortDescription: 'Lazy initialization of a shared static field should be thread-safe.',
  longDescription:
    'Checking a static field for null and then assigning it is two steps; threads interleaving between them create several instances, and without a memory barrier another thread may see a half-built object. Initialise the field eagerly, use the holder-class idiom, or synchronize the method (double-checked locking needs a volatile field).',
  ruleTags: ['concurrency', 'thread-safety', 'java'],
  severity: 'High',
  category: () => 'ConcurrencyIssues',
  languages: ['Java'],
  detect: (file) => {
    const lines = codeLines(file);
    const statics = new Set<string>();
    for (const { code } of lines) {
      const field = STATIC_FIELD.exec(code);
      if (field && !code.includes('(')) statics.add(field[1] as string);
    }
    const findings: Finding[] = [];
    let synchronizedMethod = false;
    let synchronizedBlockDepth = 0;
    let depth = 0;
    lines.forEach(({ number, code }, index) => {
      if (/\b(public|private|protected|static)\b[^=;]*\([^;]*\)\s*(throws [\w, .]+)?\s*\{?\s*$/.test(code))
        synchronizedMethod = /\bsynchronized\b/.test(code);
      if (/\bsynchronized\s*\(/.test(code) && synchronizedBlockDepth === 0) synchronizedBlockDepth = depth + 1;
      for (const c of code) {
        if (c === '{') depth++;
        if (c === '}') depth--;
      }
      if (synchronizedBlockDepth > 0 && depth < synchronizedBlockDepth) synchronizedBlockDepth = 0;
      const check = /\bif\s*\(\s*(\w+)\s*==\s*null\s*\)/.exec(code);
      if (!check || !statics.has(check[1] as string) || synchronizedMethod || synchronizedBlockDepth > 0) return;
      const field = check[1] as string;
      const assignment = lines
        .slice(index, index + 4)
        .find((l) => new RegExp(`\\b${field}\\s*=\\s*new\\b`).test(l.code));
      if (!assignment) return;
      findings.push({
        startLine: number,
        endLine: assignment.number,
        description: `The static field \`${field}\` is initialised lazily without synchronization: two threads can both see it as null and each create an instance, and a thread may see a partly constructed object. Initialise it when the class loads (\`private static final ... ${field} = new ...;\`), use a holder class, or make the method synchronized.`,
      });
    });
    return findings;
  },
};
