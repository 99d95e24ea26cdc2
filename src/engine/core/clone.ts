/**
 * A deep copy through JSON: the world is plain data by design, and this copy fails loudly if
 * something that is not (a function, a Map, a class instance) ever creeps into it.
 */
export function clonePlain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
