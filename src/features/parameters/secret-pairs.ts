export interface Pair {
  key: string;
  value: string;
}

/** A secret string as key/value rows when it is a flat JSON object of strings; otherwise undefined. */
export function parsePairs(text: string): Pair[] | undefined {
  if (text.trim() === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const entries = Object.entries(value);
    if (entries.some(([, v]) => typeof v !== 'string')) return undefined;
    return entries.map(([key, v]) => ({ key, value: v as string }));
  } catch {
    return undefined;
  }
}

/** Rows back to the JSON object text Secrets Manager stores; rows without a key are left out. */
export const pairsToJson = (pairs: readonly Pair[]) =>
  JSON.stringify(Object.fromEntries(pairs.filter((p) => p.key !== '').map((p) => [p.key, p.value])));
