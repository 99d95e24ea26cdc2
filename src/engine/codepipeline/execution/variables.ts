import type { PipelineVariableDeclaration } from '../../specs/pipeline/types';
import type { PipelineExecution } from '../state';

/**
 * `#{namespace.Name}` references (aws-facts §1.9): an action's output variables by its namespace,
 * `#{variables.name}` for pipeline-level variables (V2) and `#{codepipeline.PipelineExecutionId}`. They are
 * resolved just before the consuming action starts, from what the execution holds at that moment.
 */
const REFERENCE = /#\{([A-Za-z0-9@\-_]+)\.([^}\s]+)\}/g;

export interface Resolution {
  value: string;
  /** The references that named nothing the execution has (`#{BuildVariables.IMAGE}`), in order of appearance. */
  unresolved: string[];
}

function lookup(execution: PipelineExecution, namespace: string, name: string): string | undefined {
  if (namespace === 'codepipeline') return name === 'PipelineExecutionId' ? execution.pipelineExecutionId : undefined;
  if (namespace === 'variables') return execution.variables.find((v) => v.name === name)?.resolvedValue;
  const outputs = Object.hasOwn(execution.outputVariables, namespace)
    ? execution.outputVariables[namespace]
    : undefined;
  return outputs && Object.hasOwn(outputs, name) ? outputs[name] : undefined;
}

/** Resolves every reference in `text`; an unknown one stays as written and is listed in `unresolved`. */
export function resolveText(text: string, execution: PipelineExecution): Resolution {
  const unresolved: string[] = [];
  const value = text.replace(REFERENCE, (reference, namespace: string, name: string) => {
    const found = lookup(execution, namespace, name);
    if (found !== undefined) return found;
    if (!unresolved.includes(reference)) unresolved.push(reference);
    return reference;
  });
  return { value, unresolved };
}

/** An action's configuration with its values resolved (`resolvedConfiguration` of ListActionExecutions). */
export function resolveConfiguration(
  configuration: Record<string, string>,
  execution: PipelineExecution,
): { resolved: Record<string, string>; unresolved: string[] } {
  const resolved: Record<string, string> = {};
  const unresolved: string[] = [];
  for (const [key, text] of Object.entries(configuration)) {
    const r = resolveText(text, execution);
    resolved[key] = r.value;
    for (const u of r.unresolved) if (!unresolved.includes(u)) unresolved.push(u);
  }
  return { resolved, unresolved };
}

/**
 * The pipeline-level variables an execution runs with: each declared variable's default, overridden by the values
 * given at start. Names given but not declared, and declared ones with neither, are the caller's to refuse
 * (`undeclaredVariables`, `missingVariables`); a trigger has no values to give, so it runs with the defaults.
 */
export function pipelineVariables(
  declared: readonly PipelineVariableDeclaration[],
  given: readonly { name: string; value: string }[] = [],
): { name: string; resolvedValue: string }[] {
  return declared.flatMap((d) => {
    const value = given.find((g) => g.name === d.name)?.value ?? d.defaultValue;
    return value === undefined ? [] : [{ name: d.name, resolvedValue: value }];
  });
}

export const undeclaredVariables = (
  declared: readonly PipelineVariableDeclaration[],
  given: readonly { name: string }[],
): string[] => given.filter((g) => !declared.some((d) => d.name === g.name)).map((g) => g.name);

export const missingVariables = (
  declared: readonly PipelineVariableDeclaration[],
  given: readonly { name: string }[],
): string[] =>
  declared.filter((d) => d.defaultValue === undefined && !given.some((g) => g.name === d.name)).map((d) => d.name);
