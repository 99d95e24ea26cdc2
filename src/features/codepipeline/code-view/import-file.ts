import type { Diagnostic } from '../../../engine/specs';
import { parseCloudFormationPipelines } from '../../../engine/specs/pipeline/cloudformation/parse-template';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { readCode, shapeProblem, type CodeFormat } from './code-formats';

/** Larger files are refused before they are read: a pipeline declaration is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** One pipeline a file offers (a CloudFormation template may hold several). */
export interface ImportCandidate {
  /** The CloudFormation resource, for templates. */
  logicalId?: string;
  /** The pipeline's name, when the file writes it out. */
  name?: string;
  declaration?: PipelineDeclaration;
  /** Why this pipeline cannot be imported. */
  blocked?: string;
  errorCount: number;
}

export interface ImportReading {
  format: CodeFormat;
  candidates: ImportCandidate[];
  /** Every finding in the file, at its line and column. */
  diagnostics: Diagnostic[];
  /** Why nothing in the file can be imported. */
  refused?: string;
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

/** Why a file of this many bytes is refused, if it is. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `The file is ${formatSize(bytes)}; pipeline files up to ${formatSize(MAX_IMPORT_BYTES)} can be imported. Is it the right file?`;
}

/**
 * Which kind of file this is: a CloudFormation template (YAML, or JSON with `Resources` or
 * `AWSTemplateFormatVersion`), else pipeline JSON (`get-pipeline` output or `create-pipeline --cli-input-json`).
 */
export function importFormatOf(text: string): CodeFormat {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) return 'cloudformation';
  try {
    const value = JSON.parse(trimmed) as Record<string, unknown>;
    return 'Resources' in value || 'AWSTemplateFormatVersion' in value ? 'cloudformation' : 'json';
  } catch {
    // Broken JSON: the declaration reader says where.
    return /"(Resources|AWSTemplateFormatVersion)"\s*:/.test(trimmed) ? 'cloudformation' : 'json';
  }
}

const errorsIn = (diagnostics: readonly Diagnostic[] | undefined) =>
  diagnostics?.filter((d) => d.severity === 'error').length ?? 0;

/** What a file offers to import: its pipelines and every finding, each at its line. */
export function readImport(text: string): ImportReading {
  const format = importFormatOf(text);
  if (format === 'json') {
    const reading = readCode('json', text);
    const candidates: ImportCandidate[] = reading.declaration
      ? [
          {
            name: reading.declaration.name,
            declaration: reading.declaration,
            errorCount: errorsIn(reading.diagnostics),
          },
        ]
      : [];
    return {
      format,
      candidates,
      diagnostics: reading.diagnostics,
      ...(reading.blocked && { refused: reading.blocked }),
    };
  }
  const { pipelines, diagnostics } = parseCloudFormationPipelines(text);
  const candidates = pipelines.map((pipeline): ImportCandidate => {
    const problem = shapeProblem(pipeline.declaration);
    return {
      logicalId: pipeline.logicalId,
      ...(typeof pipeline.declaration.name === 'string' && { name: pipeline.declaration.name }),
      ...(problem ? { blocked: problem } : { declaration: pipeline.declaration }),
      errorCount: errorsIn(pipeline.diagnostics),
    };
  });
  const refused =
    candidates.length > 0
      ? undefined
      : errorsIn(diagnostics) > 0
        ? 'The template cannot be read: fix the error listed below.'
        : 'The template has no AWS::CodePipeline::Pipeline resource.';
  return { format, candidates, diagnostics, ...(refused && { refused }) };
}
