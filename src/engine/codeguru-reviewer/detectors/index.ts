import type { Detector } from './detector';
import { hardcodedCredentials } from './hardcoded-credentials';
import { hashMapConcurrency } from './hashmap-concurrency';
import { inputValidation } from './input-validation';
import { insecureHash } from './insecure-hash';
import { lazyInitialization } from './lazy-initialization';
import { mutableDefaultArgument } from './mutable-default-argument';
import { resourceLeak } from './resource-leak';
import { sqlInjection } from './sql-injection';
import { swallowedException } from './swallowed-exception';
import { unpaginatedList } from './unpaginated-list';

/** Every rule the simulated reviewer runs, in the order its recommendations are listed for one line. */
export const DETECTORS: readonly Detector[] = [
  hardcodedCredentials,
  sqlInjection,
  inputValidation,
  insecureHash,
  resourceLeak,
  unpaginatedList,
  lazyInitialization,
  hashMapConcurrency,
  swallowedException,
  mutableDefaultArgument,
];

export { languageOf, linesOfCode, type Detector, type Finding, type Language, type SourceFile } from './detector';
