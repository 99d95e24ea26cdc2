import { parseBuildspec, type BuildspecParseResult } from '../../specs';

const cache = new Map<string, BuildspecParseResult>();

/**
 * The parsed buildspec, memoised by text: builds of one project read the same file again and again, and the
 * parse result is plain data nothing mutates.
 */
export function parsedBuildspec(text: string): BuildspecParseResult {
  let result = cache.get(text);
  if (!result) {
    if (cache.size > 200) cache.clear();
    result = parseBuildspec(text);
    cache.set(text, result);
  }
  return result;
}

/** A project's `buildspec` field is inline YAML when it has several lines or a `key: value`; else it is a path. */
export function isInlineBuildspec(value: string): boolean {
  return value.includes('\n') || /^\s*\{/.test(value) || /:\s/.test(value) || /^version:/.test(value.trim());
}
