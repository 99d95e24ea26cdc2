import modelJson from './model.json';

/**
 * The `aws` command's view of the mocked services: each operation's input members, as the installed SDK clients'
 * schemas describe them (written by `npm run cli-model`, scripts/write-cli-model.ts).
 */

/** A primitive type, or the name of a shape in the service's table. */
export type CliShapeRef = string;

export type CliShape =
  | { type: 'structure'; members: Record<string, CliShapeRef>; required: string[] }
  | { type: 'list'; member: CliShapeRef }
  | { type: 'map'; value: CliShapeRef };

export interface CliOperation {
  /** The input structure's shape name. */
  input: CliShapeRef;
  /** The output structure's shape name, where the SDK's schemas describe it. */
  output?: CliShapeRef;
}

export interface CliService {
  endpointPrefix: string;
  /** JSON 1.1 services answer at one endpoint, told apart by `X-Amz-Target: <targetPrefix>.<Operation>`. */
  targetPrefix?: string;
  protocol: 'json' | 'rest-json';
  operations: Record<string, CliOperation>;
  shapes: Record<string, CliShape>;
}

export interface CliModel {
  services: Record<string, CliService>;
}

export const PRIMITIVES = new Set(['string', 'number', 'boolean', 'timestamp', 'document', 'blob']);

export const CLI_MODEL = modelJson as CliModel;

/** `StartPipelineExecution` → `start-pipeline-execution`, `pipelineName` → `pipeline-name`, `TargetGroupARNs` → `target-group-arns`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

export function shapeOf(service: CliService, ref: CliShapeRef): CliShape | undefined {
  return service.shapes[ref];
}

/** The operation whose CLI name is `name` (`list-pipelines` → `ListPipelines`). */
export function findOperation(service: CliService, name: string): string | undefined {
  return Object.keys(service.operations).find((op) => kebab(op) === name);
}

export function inputShape(service: CliService, operation: string) {
  const op = service.operations[operation];
  const shape = op && shapeOf(service, op.input);
  return shape?.type === 'structure' ? shape : undefined;
}
