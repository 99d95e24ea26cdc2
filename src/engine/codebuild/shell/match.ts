import picomatch from 'picomatch';

const cache = new Map<string, (path: string) => boolean>();

/** A compiled glob matcher, memoised: builds match the same patterns again and again. */
export function matcher(patterns: string | readonly string[], dot = true): (path: string) => boolean {
  const key = `${dot ? 1 : 0}${typeof patterns === 'string' ? patterns : patterns.join('\u0000')}`;
  let match = cache.get(key);
  if (!match) {
    if (cache.size > 1000) cache.clear();
    match = picomatch(typeof patterns === 'string' ? patterns : [...patterns], { dot, windows: false });
    cache.set(key, match);
  }
  return match;
}
