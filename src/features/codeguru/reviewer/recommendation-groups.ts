import type { RecommendationSummary } from '../../../api/codeguru-reviewer/wire-types';

export interface FileGroup {
  filePath: string;
  recommendations: RecommendationSummary[];
}

/** Recommendations by file (files in path order), each file's by line. */
export function groupByFile(recommendations: readonly RecommendationSummary[]): FileGroup[] {
  const groups = new Map<string, RecommendationSummary[]>();
  for (const r of recommendations) groups.set(r.FilePath, [...(groups.get(r.FilePath) ?? []), r]);
  return [...groups.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((filePath) => ({
      filePath,
      recommendations: (groups.get(filePath) ?? []).slice().sort((a, b) => a.StartLine - b.StartLine),
    }));
}

export interface ExcerptLine {
  number: number;
  text: string;
  /** One of the lines the recommendation is about. */
  flagged: boolean;
}

/** The lines around a recommendation (`context` either side), clipped to the file. */
export function excerpt(text: string, startLine: number, endLine: number, context = 3): ExcerptLine[] {
  const lines = text.replace(/\n$/, '').split('\n');
  const from = Math.max(1, startLine - context);
  const to = Math.min(lines.length, endLine + context);
  const out: ExcerptLine[] = [];
  for (let n = from; n <= to; n++)
    out.push({ number: n, text: lines[n - 1] ?? '', flagged: n >= startLine && n <= endLine });
  return out;
}
