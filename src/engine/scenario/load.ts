import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { formatPath, positionLocator, type Position } from './locate';
import { migrateScenario } from './migrate';
import { SCENARIO_FORMAT, SCENARIO_VERSION, ScenarioSchema, type Scenario } from './schema';
import { checkSnapshot } from './snapshot-check';

/** Larger files are refused before they are parsed. */
export const MAX_SCENARIO_BYTES = 25 * 1024 * 1024;
const MAX_PROBLEMS = 20;

/** One thing wrong with a scenario file, with where it is. */
export interface ScenarioProblem extends Partial<Position> {
  /** JSON path of the offending value, e.g. `account.codecommit.repositories[0].name`. */
  path?: string;
  message: string;
}

export type ScenarioLoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

const fail = (...problems: ScenarioProblem[]): ScenarioLoadResult => ({ ok: false, problems });

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** `Line 3, column 7 (seed): expected a number` */
export function describeProblem(p: ScenarioProblem): string {
  const where = p.line === undefined ? '' : `Line ${p.line}, column ${p.column}`;
  const path = p.path ? ` (${p.path})` : '';
  return where || path ? `${where}${path}: ${p.message}` : p.message;
}

function parse(text: string, locate: (offset: number) => Position): Node | ScenarioProblem[] {
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (e) {
    if (e instanceof RangeError) return [{ message: 'The JSON is nested too deeply to read.' }];
    throw e;
  }
  if (errors.length > 0 || root === undefined) {
    const shown = errors.slice(0, MAX_PROBLEMS);
    if (shown.length === 0) return [{ message: 'The file is empty: a scenario is a JSON object.' }];
    return shown.map((e) => ({
      ...locate(e.offset),
      message: `Not valid JSON: ${printParseErrorCode(e.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()}.`,
    }));
  }
  return root;
}

/**
 * Reads a scenario file as the user gave it. Every problem names what is wrong and where
 * (line, column and JSON path); nothing about the file is guessed or repaired.
 */
export function loadScenario(text: string, byteSize = text.length): ScenarioLoadResult {
  if (byteSize > MAX_SCENARIO_BYTES) {
    return fail({
      message: `The file is ${megabytes(byteSize)}; a scenario file can be at most ${megabytes(MAX_SCENARIO_BYTES)}.`,
    });
  }
  if (text.trim() === '') return fail({ message: 'The file is empty: a scenario is a JSON object.' });
  const locate = positionLocator(text);
  const root = parse(text, locate);
  if (Array.isArray(root)) return fail(...root);
  const at = (path: (string | number)[]) => {
    const node =
      findNodeAtLocation(root, path) ?? (path.length > 0 ? findNodeAtLocation(root, path.slice(0, -1)) : root);
    // Point at the key of a property ("seed": ...), where people look first.
    const target = node?.parent?.type === 'property' ? node.parent : node;
    return locate((target ?? root).offset);
  };
  if (root.type !== 'object')
    return fail({
      ...locate(root.offset),
      message: `A scenario is a JSON object, not ${root.type === 'array' ? 'an array' : `a ${root.type}`}.`,
    });

  const value = getNodeValue(root) as Record<string, unknown>;
  if (value.format !== SCENARIO_FORMAT) {
    return fail({
      ...at(['format']),
      path: 'format',
      message: `This is not a CI/CD Lab scenario: expected "format": "${SCENARIO_FORMAT}".`,
    });
  }
  if (
    typeof value.version !== 'number' ||
    !Number.isInteger(value.version) ||
    value.version < 1 ||
    value.version > SCENARIO_VERSION
  ) {
    return fail({
      ...at(['version']),
      path: 'version',
      message: `Scenario version ${JSON.stringify(value.version)} is not one this build reads (versions 1 to ${SCENARIO_VERSION}).`,
    });
  }

  const parsed = ScenarioSchema.safeParse(migrateScenario(value));
  if (!parsed.success) {
    return fail(
      ...parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const located = keys.length > 0 ? [...path, keys[0] as string] : path;
        return {
          ...at(located),
          ...(located.length > 0 && { path: formatPath(located) }),
          message:
            issue.code === 'invalid_type' && issue.input === undefined
              ? `Missing required field "${String(path.at(-1))}".`
              : issue.message,
        };
      }),
    );
  }
  const semantic = checkSnapshot(parsed.data).concat(checkUniqueNames(parsed.data));
  if (semantic.length > 0) return fail(...semantic.slice(0, MAX_PROBLEMS).map((p) => ({ ...p, ...at(p.at) })));
  return { ok: true, scenario: parsed.data };
}

function checkUniqueNames(scenario: Scenario): (ScenarioProblem & { at: (string | number)[] })[] {
  const seen = new Set<string>();
  return scenario.account.codecommit.repositories.flatMap((repo, i) => {
    const path = ['account', 'codecommit', 'repositories', i, 'name'];
    if (seen.has(repo.name))
      return [{ at: path, path: formatPath(path), message: `A repository named ${repo.name} is declared twice.` }];
    seen.add(repo.name);
    return [];
  });
}
