import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { diffIndices } from 'node-diff3';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import type { SourceRevision } from '../codecommit/public';
import { DETECTORS, languageOf, linesOfCode, type SourceFile } from './detectors';
import type { CodeReview, Recommendation } from './state';

/** The repository configuration file CodeGuru Reviewer reads from the root of the reviewed revision. */
export const CONFIG_FILE = 'aws-codeguru-reviewer.yml';

export interface AnalysisResult {
  recommendations: Omit<Recommendation, 'RecommendationId'>[];
  metrics: NonNullable<CodeReview['Metrics']>;
  configFileState: NonNullable<CodeReview['ConfigFileState']>;
}

/** `excludeFiles` globs of aws-codeguru-reviewer.yml; `undefined` when the file is not valid. */
function excludedFiles(text: string | undefined): ((path: string) => boolean) | undefined {
  if (text === undefined) return () => false;
  try {
    const config = parseYaml(text) as unknown;
    if (config === null || typeof config !== 'object') return undefined;
    const globs = (config as Record<string, unknown>).excludeFiles ?? [];
    if (!Array.isArray(globs) || globs.some((g) => typeof g !== 'string')) return undefined;
    const matchers = (globs as string[]).map((g) => picomatch(g, { dot: true }));
    return (path) => matchers.some((m) => m(path));
  } catch {
    return undefined;
  }
}

const splitLines = (text: string) => text.replace(/\n$/, '').split('\n');

/**
 * Lines of `after` that a pull request adds or changes compared with `before` (all of them for a new file).
 * The reviewer comments only on these, as the real service comments on the diff.
 */
export function changedLines(before: string | undefined, after: string): Set<number> {
  const afterLines = splitLines(after);
  if (before === undefined) return new Set(afterLines.map((_, i) => i + 1));
  const changed = new Set<number>();
  for (const hunk of diffIndices(splitLines(before), afterLines)) {
    const [start, length] = hunk.buffer2;
    for (let i = 0; i < length; i++) changed.add(start + i + 1);
  }
  return changed;
}

/**
 * Runs every detector over the Java and Python files of `revision`. With `base` (a pull request's merge base or
 * destination), only files the pull request changes are read, and a finding counts only when one of its lines is
 * a changed line; metered lines are then the changed lines of code. Files matched by `excludeFiles` are skipped
 * and their lines counted as suppressed.
 */
export function analyse(revision: SourceRevision, base?: SourceRevision): AnalysisResult {
  const configText = revision.files.get(CONFIG_FILE);
  const excluded = excludedFiles(configText);
  const isExcluded = excluded ?? (() => false);
  const result: AnalysisResult = {
    recommendations: [],
    metrics: { MeteredLinesOfCodeCount: 0, SuppressedLinesOfCodeCount: 0, FindingsCount: 0 },
    configFileState: configText === undefined ? 'Absent' : excluded ? 'Present' : 'PresentWithErrors',
  };
  const paths = [...revision.files.keys()].sort();
  for (const path of paths) {
    const language = languageOf(path);
    const text = revision.files.get(path) as string;
    if (!language || (base && base.files.get(path) === text)) continue;
    const file: SourceFile = { path, language, lines: splitLines(text) };
    const changed = base ? changedLines(base.files.get(path), text) : undefined;
    const code = linesOfCode(file).filter((n) => !changed || changed.has(n)).length;
    if (isExcluded(path)) {
      result.metrics.SuppressedLinesOfCodeCount += code;
      continue;
    }
    result.metrics.MeteredLinesOfCodeCount += code;
    for (const detector of DETECTORS) {
      if (!detector.languages.includes(language)) continue;
      for (const finding of detector.detect(file)) {
        if (changed && ![...range(finding.startLine, finding.endLine)].some((n) => changed.has(n))) continue;
        result.recommendations.push({
          FilePath: path,
          StartLine: finding.startLine,
          EndLine: finding.endLine,
          Description: finding.description,
          RecommendationCategory: detector.category(language),
          Severity: detector.severity,
          RuleMetadata: {
            RuleId: detector.ruleId,
            RuleName: detector.ruleName,
            ShortDescription: detector.shortDescription,
            LongDescription: detector.longDescription,
            RuleTags: detector.ruleTags,
          },
        });
      }
    }
  }
  // Paths were read in order; within a file, by line (a stable sort keeps the detector order on one line).
  result.recommendations.sort((a, b) => (a.FilePath === b.FilePath ? a.StartLine - b.StartLine : 0));
  result.metrics.FindingsCount = result.recommendations.length;
  return result;
}

function* range(from: number, to: number) {
  for (let n = from; n <= to; n++) yield n;
}

/** A recommendation's ID: 64 hex digits derived from the review and the place, so it is stable across replays. */
export const recommendationId = (codeReviewArn: string, r: Omit<Recommendation, 'RecommendationId'>) =>
  bytesToHex(sha256(utf8ToBytes(`${codeReviewArn}|${r.FilePath}|${r.StartLine}|${r.RuleMetadata.RuleId}`)));
