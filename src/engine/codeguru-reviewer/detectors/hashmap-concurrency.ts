import { codeLines, type Detector, type Finding } from './detector';

const SHARED_MAP = /\bstatic\s+(final\s+)?(Map|HashMap)\s*<[^>]*(<[^>]*>)?[^>]*>\s+(\w+)\s*=\s*new\s+HashMap\b/;
const CONCURRENT =
  /\b(Thread|Runnable|ExecutorService|Executors|CompletableFuture|parallelStream|@Async|ForkJoinPool)\b/;

/**
 * A static `HashMap` written to (put, remove, computeIfAbsent, ...) outside synchronized code in a file that
 * runs work on several threads (threads, executors, parallel streams, CompletableFuture).
 */
export const hashMapConcurrency: Detector = {
  ruleId: 'java-hashmap-concurrent-modification',
  ruleName: 'HashMap shared between threads',
  shortDescription: 'A HashMap modified from several threads should be a ConcurrentHashMap.',
  longDescription:
    'HashMap is not thread-safe: concurrent writes can lose entries or corrupt the table so that a later get never returns. Use ConcurrentHashMap (and its atomic computeIfAbsent/merge), or guard every access with the same lock.',
  ruleTags: ['concurrency', 'thread-safety', 'java', 'collections'],
  severity: 'High',
  category: () => 'ConcurrencyIssues',
  languages: ['Java'],
  detect: (file) => {
    const lines = codeLines(file);
    if (!lines.some((l) => CONCURRENT.test(l.code))) return [];
    const maps = new Map<string, number>();
    for (const { number, code } of lines) {
      const shared = SHARED_MAP.exec(code);
      if (shared) maps.set(shared[4] as string, number);
    }
    const findings: Finding[] = [];
    let synchronizedMethod = false;
    for (const { number, code } of lines) {
      if (/\b(public|private|protected)\b[^=;]*\([^;]*\)\s*(throws [\w, .]+)?\s*\{?\s*$/.test(code))
        synchronizedMethod = /\bsynchronized\b/.test(code);
      if (synchronizedMethod || /\bsynchronized\s*\(/.test(code)) continue;
      for (const [name, declared] of maps) {
        if (
          !new RegExp(`\\b${name}\\.(put|putAll|remove|clear|computeIfAbsent|compute|merge|putIfAbsent)\\(`).test(code)
        )
          continue;
        findings.push({
          startLine: number,
          endLine: number,
          description: `\`${name}\` (declared line ${declared}) is a static HashMap, and this file runs code on several threads; this unsynchronized write can corrupt it. Declare it as \`new ConcurrentHashMap<>()\` and use its atomic methods such as computeIfAbsent.`,
        });
      }
    }
    return findings;
  },
};
