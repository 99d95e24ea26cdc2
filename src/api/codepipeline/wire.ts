/**
 * The SDK's shapes as they travel in AWS JSON 1.1: the SDK turns timestamps into `Date`, the wire carries
 * them as epoch seconds (a number, fractions allowed).
 */
export type Wire<T> = T extends Date
  ? number
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

/** A wire timestamp (epoch seconds) as a Date. */
export const fromEpochSeconds = (seconds: number) => new Date(seconds * 1000);
