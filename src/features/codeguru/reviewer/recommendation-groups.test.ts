import { describe, expect, it } from 'vitest';
import type { RecommendationSummary } from '../../../api/codeguru-reviewer/wire-types';
import { excerpt, groupByFile } from './recommendation-groups';

const rec = (FilePath: string, StartLine: number): RecommendationSummary => ({
  FilePath,
  StartLine,
  EndLine: StartLine,
  RecommendationId: `${FilePath}:${StartLine}`,
  Description: '',
  RecommendationCategory: 'SecurityIssues',
  Severity: 'High',
  RuleMetadata: { RuleId: 'r', RuleName: 'r', ShortDescription: '', LongDescription: '', RuleTags: [] },
});

describe('recommendation groups', () => {
  it('groups by file in path order, each file by line', () => {
    const groups = groupByFile([rec('src/b.py', 9), rec('src/a.java', 4), rec('src/b.py', 2)]);
    expect(groups.map((g) => [g.filePath, g.recommendations.map((r) => r.StartLine)])).toEqual([
      ['src/a.java', [4]],
      ['src/b.py', [2, 9]],
    ]);
  });

  it('cuts an excerpt of three lines either side, clipped to the file, with the flagged lines marked', () => {
    const text = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].join('\n') + '\n';
    expect(excerpt(text, 2, 2).map((l) => [l.number, l.flagged])).toEqual([
      [1, false],
      [2, true],
      [3, false],
      [4, false],
      [5, false],
    ]);
    expect(excerpt(text, 8, 9).map((l) => l.number)).toEqual([5, 6, 7, 8, 9]);
  });
});
