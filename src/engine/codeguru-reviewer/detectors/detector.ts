import type { RecommendationCategory, Severity } from '../state';

export type Language = 'Java' | 'Python';

/** A source file as a detector reads it: its lines, 1-based line N is `lines[N - 1]`. */
export interface SourceFile {
  path: string;
  language: Language;
  lines: readonly string[];
}

/** One place a detector found something; `description` is the recommendation text for that place. */
export interface Finding {
  startLine: number;
  endLine: number;
  description: string;
}

/**
 * One rule of the simulated reviewer: a pure function over a file's text. The set is fixed and documented
 * (docs/codeguru-reviewer.md), so the same code always gets the same recommendations.
 */
export interface Detector {
  ruleId: string;
  ruleName: string;
  shortDescription: string;
  longDescription: string;
  ruleTags: string[];
  severity: Severity;
  /** The category a finding in a file of this language is filed under. */
  category: (language: Language) => RecommendationCategory;
  languages: readonly Language[];
  detect: (file: SourceFile) => Finding[];
}

export function languageOf(path: string): Language | undefined {
  if (path.endsWith('.java')) return 'Java';
  if (path.endsWith('.py')) return 'Python';
  return undefined;
}

/** The code part of a line: what precedes a `#` (Python) or `//` (Java) comment that is outside string literals. */
export function codeOf(line: string, language: Language): string {
  const marker = language === 'Python' ? '#' : '//';
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (line.startsWith(marker, i)) return line.slice(0, i);
  }
  return line;
}

/** Each line's code (comments removed) with its 1-based number. */
export const codeLines = (file: SourceFile) =>
  file.lines.map((line, i) => ({ number: i + 1, code: codeOf(line, file.language) }));

/** Counts lines of code: not blank, not only a comment, not an import (how CodeGuru meters). */
export function linesOfCode(file: SourceFile): number[] {
  const numbers: number[] = [];
  let inBlock = false;
  for (const { number, code } of codeLines(file)) {
    const text = code.trim();
    if (file.language === 'Java') {
      if (inBlock) {
        if (text.includes('*/')) inBlock = false;
        continue;
      }
      if (text.startsWith('/*')) {
        inBlock = !text.includes('*/');
        continue;
      }
    }
    if (text === '' || /^(import|package|from\s+\S+\s+import)\b/.test(text)) continue;
    numbers.push(number);
  }
  return numbers;
}
