import { isMap, isScalar, parseDocument } from 'yaml';
import type { SimContext } from '../../../core/simulation';
import { MINUTE } from '../../../core/time';
import { putArtifact } from '../artifacts';
import type { ActionJob, ActionProvider } from '../contract';
import {
  artifactPath,
  configValue,
  failSoon,
  inputFiles,
  outputArtifactNames,
  requireConfig,
  succeedAfter,
} from './job';
import { artifactStoreMissing } from './sources';

/**
 * The simulator runs no CloudFormation stacks. The action checks what CloudFormation would check first (the
 * template parses and has Resources, ParameterOverrides name its parameters) and succeeds after this fixed time,
 * its output variables the template's Outputs whose values are literal strings (docs/codepipeline.md).
 */
export const CLOUDFORMATION_DURATION_MS = MINUTE;

export const ACTION_MODES = [
  'CREATE_UPDATE',
  'DELETE_ONLY',
  'REPLACE_ON_FAILURE',
  'CHANGE_SET_REPLACE',
  'CHANGE_SET_EXECUTE',
] as const;
type ActionMode = (typeof ACTION_MODES)[number];

const NEEDS_TEMPLATE: readonly ActionMode[] = ['CREATE_UPDATE', 'REPLACE_ON_FAILURE', 'CHANGE_SET_REPLACE'];
const NEEDS_CHANGE_SET: readonly ActionMode[] = ['CHANGE_SET_REPLACE', 'CHANGE_SET_EXECUTE'];

type TemplateRead =
  { ok: true; outputs: Record<string, string>; parameters: string[] } | { ok: false; message: string };

/** Parses a template (YAML or JSON, short-form intrinsics allowed) the way CloudFormation's first checks would. */
export function readTemplate(text: string, fileName: string): TemplateRead {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return {
      ok: false,
      message: `Template format error: YAML not well-formed. (${fileName}${pos ? `, line ${pos.line}, column ${pos.col}` : ''}: ${reason})`,
    };
  }
  const resources = doc.get('Resources', true);
  if (!isMap(resources) || resources.items.length === 0) {
    return {
      ok: false,
      message: `Template format error: At least one Resources member must be defined. (${fileName})`,
    };
  }
  const outputs: Record<string, string> = {};
  const outputsNode = doc.get('Outputs', true);
  if (isMap(outputsNode)) {
    for (const item of outputsNode.items) {
      const name = isScalar(item.key) ? String(item.key.value) : undefined;
      const value = isMap(item.value) ? item.value.get('Value', true) : undefined;
      // A value computed by an intrinsic function (`!GetAtt`, `Fn::Sub`) is unknown without a real stack.
      if (name !== undefined && isScalar(value) && value.tag === undefined && value.value !== null) {
        outputs[name] = String(value.value);
      }
    }
  }
  const parametersNode = doc.get('Parameters', true);
  const parameters = isMap(parametersNode)
    ? parametersNode.items.flatMap((i) => (isScalar(i.key) ? [String(i.key.value)] : []))
    : [];
  return { ok: true, outputs, parameters };
}

/** ParameterOverrides: a JSON object whose every key is one of the template's parameters. */
function checkOverrides(text: string | undefined, parameters: string[]): string | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return `ParameterOverrides is not valid JSON (${(e as Error).message}).`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'ParameterOverrides must be a JSON object of parameter names and values.';
  }
  const unknown = Object.keys(parsed).filter((k) => !parameters.includes(k));
  return unknown.length > 0 ? `Parameters: [${unknown.join(', ')}] do not exist in the template` : undefined;
}

/** The template file a TemplatePath names, from the action's input artifacts. */
function templateText(ctx: SimContext, job: ActionJob, templatePath: string) {
  const place = artifactPath(templatePath);
  if (!place) {
    return {
      ok: false as const,
      message: `TemplatePath ${templatePath} must be written ArtifactName::path/to/template.yml.`,
    };
  }
  const files = inputFiles(ctx, job, place.artifact);
  if (!files.ok) return files;
  const text = files.files[place.path];
  if (text === undefined) {
    return {
      ok: false as const,
      message: `The template file ${place.path} does not exist in the input artifact ${place.artifact}.`,
    };
  }
  return { ok: true as const, text, path: place.path };
}

/** The outputs the latest successful CHANGE_SET_REPLACE of the same stack and change set recorded, if any. */
function changeSetOutputs(ctx: SimContext, stackName: string, changeSetName: string) {
  let latest: { at: number; outputs: Record<string, string> } | undefined;
  for (const action of Object.values(ctx.world.account.codepipeline.actionExecutions)) {
    const c = action.input.resolvedConfiguration;
    if (
      action.status === 'Succeeded' &&
      action.actionTypeId.provider === 'CloudFormation' &&
      c.ActionMode === 'CHANGE_SET_REPLACE' &&
      c.StackName === stackName &&
      c.ChangeSetName === changeSetName &&
      (!latest || action.lastUpdateTime >= latest.at)
    ) {
      latest = { at: action.lastUpdateTime, outputs: action.output.outputVariables };
    }
  }
  return latest?.outputs;
}

export const cloudFormationAction: ActionProvider = {
  start(ctx, job) {
    const mode = requireConfig(ctx, job, 'ActionMode');
    const stackName = mode && requireConfig(ctx, job, 'StackName');
    if (mode === undefined || stackName === undefined) return;
    if (!(ACTION_MODES as readonly string[]).includes(mode)) {
      failSoon(ctx, job, 'ConfigurationError', `ActionMode ${mode} is not one of ${ACTION_MODES.join(', ')}.`);
      return;
    }
    const actionMode = mode as ActionMode;
    const changeSetName = NEEDS_CHANGE_SET.includes(actionMode) ? requireConfig(ctx, job, 'ChangeSetName') : undefined;
    if (NEEDS_CHANGE_SET.includes(actionMode) && changeSetName === undefined) return;
    let outputs: Record<string, string> = {};
    if (NEEDS_TEMPLATE.includes(actionMode)) {
      const templatePath = requireConfig(ctx, job, 'TemplatePath');
      if (templatePath === undefined) return;
      const file = templateText(ctx, job, templatePath);
      const template = file.ok ? readTemplate(file.text, file.path) : file;
      const overrides = template.ok
        ? checkOverrides(configValue(job, 'ParameterOverrides'), template.parameters)
        : undefined;
      if (!template.ok || overrides !== undefined) {
        failSoon(ctx, job, 'JobFailed', template.ok ? (overrides as string) : template.message);
        return;
      }
      outputs = template.outputs;
    } else if (actionMode === 'CHANGE_SET_EXECUTE') {
      const recorded = changeSetOutputs(ctx, stackName, changeSetName as string);
      if (!recorded) {
        failSoon(ctx, job, 'JobFailed', `ChangeSet [${changeSetName as string}] does not exist`);
        return;
      }
      outputs = recorded;
    }
    const outputFile = configValue(job, 'OutputFileName');
    const [outputName] = outputArtifactNames(job);
    let outputArtifacts;
    if (outputFile !== undefined && outputName !== undefined) {
      const location = putArtifact(ctx, job.artifactBucket, job.execution.pipelineName, outputName, [
        [outputFile, JSON.stringify(outputs, null, 2)],
      ]);
      if (!location) {
        failSoon(ctx, job, 'JobFailed', artifactStoreMissing(job));
        return;
      }
      outputArtifacts = [{ name: outputName, location }];
    }
    succeedAfter(ctx, job, CLOUDFORMATION_DURATION_MS, {
      summary: `${actionMode} of stack ${stackName}${changeSetName ? ` (change set ${changeSetName})` : ''} (simulated: no stack is created)`,
      externalExecutionId: stackName,
      ...(actionMode !== 'DELETE_ONLY' && { outputVariables: outputs }),
      ...(outputArtifacts && { outputArtifacts }),
    });
  },
};
