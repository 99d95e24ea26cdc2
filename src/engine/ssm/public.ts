import { getOwn } from '../core/records';
import type { World } from '../world';
import { currentVersion, type Parameter, type ParameterVersion } from './state';

/** A parameter name as callers may write it: a name, `name:version`, `name:label` or the parameter's ARN. */
export function parseParameterReference(reference: string): { name: string; selector?: string } {
  let ref = reference;
  const arn = /^arn:aws[\w-]*:ssm:[^:]*:\d*:parameter(\/.*)$/.exec(ref);
  if (arn) {
    const path = arn[1] as string;
    // `parameter/name` for a plain name, `parameter/a/b` for a path.
    ref = path.split('/').length === 2 ? path.slice(1) : path;
  }
  const colon = ref.lastIndexOf(':');
  if (colon > 0) return { name: ref.slice(0, colon), selector: ref.slice(colon + 1) };
  return { name: ref };
}

/** The version a reference selects, or undefined (no such parameter, version or label). */
export function selectVersion(parameter: Parameter, selector: string | undefined): ParameterVersion | undefined {
  if (selector === undefined) return currentVersion(parameter);
  if (/^\d+$/.test(selector)) return parameter.versions.find((v) => v.version === Number(selector));
  return parameter.versions.find((v) => v.labels.includes(selector));
}

/** What a build's `parameter-store` variable reads: the decrypted value, or undefined when it does not exist. */
export function readParameterValue(world: World, reference: string): string | undefined {
  const { name, selector } = parseParameterReference(reference);
  const parameter = getOwn(world.account.ssm.parameters, name);
  return parameter && selectVersion(parameter, selector)?.value;
}

export const parameterNames = (world: World): string[] => Object.keys(world.account.ssm.parameters);
