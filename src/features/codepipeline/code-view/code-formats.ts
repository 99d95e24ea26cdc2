import type { Diagnostic } from '../../../engine/specs';
import { pipelineToCloudFormation } from '../../../engine/specs/pipeline/cloudformation/export';
import { parseCloudFormationPipelines } from '../../../engine/specs/pipeline/cloudformation/parse-template';
import { PIPELINE, propertyName } from '../../../engine/specs/pipeline/cloudformation/schema';
import { updateCloudFormationTemplate } from '../../../engine/specs/pipeline/cloudformation/update-template';
import { parsePipeline } from '../../../engine/specs/pipeline/parse-pipeline';
import { pipelineToJson } from '../../../engine/specs/pipeline/pipeline-json';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';

/** The two ways the code view writes a pipeline. */
export type CodeFormat = 'json' | 'cloudformation';

export const CODE_FORMATS: readonly CodeFormat[] = ['json', 'cloudformation'];

export const FORMAT_LABEL: Record<CodeFormat, string> = {
  json: 'JSON (get-pipeline)',
  cloudformation: 'CloudFormation (YAML)',
};

/** The CloudFormation resource a template gets when the pipeline did not come from one. */
export const DEFAULT_LOGICAL_ID = 'Pipeline';

export interface CodeReading {
  /** The declaration the text holds, when it parses and has the shape the designer can draw. */
  declaration?: PipelineDeclaration;
  diagnostics: Diagnostic[];
  /** Why the text cannot become the graph (no declaration, or one the designer cannot draw). */
  blocked?: string;
  /** The CloudFormation resource the declaration was read from. */
  logicalId?: string;
}

/**
 * Why a parsed declaration cannot be drawn, or undefined when it can. The checks' findings are shown as markers
 * either way; this only stops a value of the wrong type (stages as a string) from reaching the graph.
 */
export function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The pipeline is not an object.';
  const stages = (value as { stages?: unknown }).stages;
  if (!Array.isArray(stages)) return '`stages` is not a list.';
  for (const [s, stage] of stages.entries()) {
    if (typeof stage !== 'object' || stage === null) return `Stage ${s + 1} is not an object.`;
    const { name, actions } = stage as { name?: unknown; actions?: unknown };
    if (typeof name !== 'string') return `Stage ${s + 1} has no name.`;
    if (!Array.isArray(actions)) return `The actions of stage \`${name}\` are not a list.`;
    for (const [a, action] of actions.entries()) {
      if (typeof action !== 'object' || action === null)
        return `Action ${a + 1} of stage \`${name}\` is not an object.`;
      const { name: actionName, actionTypeId } = action as { name?: unknown; actionTypeId?: unknown };
      if (typeof actionName !== 'string') return `Action ${a + 1} of stage \`${name}\` has no name.`;
      if (typeof actionTypeId !== 'object' || actionTypeId === null) {
        return `Action \`${actionName}\` in stage \`${name}\` has no \`actionTypeId\` object.`;
      }
    }
  }
  return undefined;
}

function reading(declaration: unknown, diagnostics: Diagnostic[]): CodeReading {
  if (declaration === undefined) {
    return { diagnostics, blocked: 'The text does not hold a pipeline yet: fix the errors marked in the editor.' };
  }
  const problem = shapeProblem(declaration);
  if (problem) return { diagnostics, blocked: `${problem} Fix it so the designer can draw the pipeline.` };
  return { declaration: declaration as PipelineDeclaration, diagnostics };
}

/**
 * Reads the code view's text: the pipeline it holds and every finding at its line and column. In a template, the
 * pipeline is the resource `logicalId`, or the first pipeline when there is no such resource (it was renamed).
 */
export function readCode(format: CodeFormat, text: string, logicalId = DEFAULT_LOGICAL_ID): CodeReading {
  if (format === 'json') {
    const { declaration, diagnostics } = parsePipeline(text);
    return reading(declaration, diagnostics);
  }
  const { pipelines, diagnostics } = parseCloudFormationPipelines(text);
  const pipeline = pipelines.find((p) => p.logicalId === logicalId) ?? pipelines[0];
  if (!pipeline) return reading(undefined, diagnostics);
  return { ...reading(pipeline.declaration, diagnostics), logicalId: pipeline.logicalId };
}

export interface WriteOptions {
  /** The text this format last showed: its comments and key order are kept. */
  previousText?: string;
  logicalId?: string;
}

/**
 * The declaration as text in `format`. Given the text the tab last showed, only the values that changed are
 * rewritten there, so its comments, key order and other resources stay as written.
 */
export function writeCode(format: CodeFormat, declaration: PipelineDeclaration, options: WriteOptions = {}): string {
  const { previousText, logicalId = DEFAULT_LOGICAL_ID } = options;
  if (format === 'json') return pipelineToJson(declaration, previousText);
  const updated =
    previousText === undefined ? undefined : updateCloudFormationTemplate(previousText, logicalId, declaration);
  return updated ?? pipelineToCloudFormation(declaration, { logicalId });
}

/**
 * The declaration as `format` carries it: what reading its text back gives. A template has no property for some
 * fields (`version`, fields of newer API versions), so they are not there to compare.
 */
export function carried(format: CodeFormat, declaration: PipelineDeclaration): PipelineDeclaration {
  if (format === 'json') return declaration;
  return parseCloudFormationPipelines(pipelineToCloudFormation(declaration)).pipelines[0]?.declaration ?? declaration;
}

/** The declaration the text describes, with the draft's fields `format` has no place for kept (never dropped). */
export function withUncarried(
  format: CodeFormat,
  draft: PipelineDeclaration,
  read: PipelineDeclaration,
): PipelineDeclaration {
  if (format === 'json') return read;
  const kept = Object.entries(draft).filter(([key]) => !(propertyName(key) in PIPELINE.fields));
  return { ...Object.fromEntries(kept), ...read } as PipelineDeclaration;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** Same pipeline whatever the key order: a comment or a reordered key in the text changes nothing in the graph. */
export function sameDeclaration(a: PipelineDeclaration, b: PipelineDeclaration): boolean {
  return a === b || JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
