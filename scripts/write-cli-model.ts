/**
 * Writes src/features/terminal/aws/model.json: for every operation the mocked APIs implement, its input members
 * (names, types, required) as the AWS CLI would take them, and its output's shape (where the timestamps are). Members come from the installed SDK clients' schemas
 * (`dist-es/schemas/schemas_0.js`); services without an installed client (IAM, EC2, Auto Scaling, Elastic Load
 * Balancing and the simulator targets) get a hand list of the members their engine operations read; so does CodeGuru Profiler, whose installed client
 * predates the schemas.
 *
 * Run with `npm run cli-model`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REST_JSON_APIS, SERVICE_APIS } from '../mocks/handlers';
import type { CliModel, CliService, CliShape, CliShapeRef } from '../src/features/terminal/aws/model';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));

/**
 * The CLI's name for each mocked endpoint, and the SDK client whose schemas describe it; null for an endpoint that
 * is not an AWS API (git's transport to the simulated CodeCommit, which `git` itself speaks).
 */
export const CLI_SERVICES: Record<string, { cli: string; sdk?: string } | null> = {
  codecommit: { cli: 'codecommit', sdk: 'client-codecommit' },
  'codecommit-simulator': null,
  iam: { cli: 'iam' },
  codebuild: { cli: 'codebuild', sdk: 'client-codebuild' },
  ssm: { cli: 'ssm', sdk: 'client-ssm' },
  secretsmanager: { cli: 'secretsmanager', sdk: 'client-secrets-manager' },
  logs: { cli: 'logs', sdk: 'client-cloudwatch-logs' },
  codedeploy: { cli: 'deploy', sdk: 'client-codedeploy' },
  'codedeploy-simulator': { cli: 'codedeploy-simulator' },
  codepipeline: { cli: 'codepipeline', sdk: 'client-codepipeline' },
  'codepipeline-simulator': { cli: 'codepipeline-simulator' },
  monitoring: { cli: 'cloudwatch', sdk: 'client-cloudwatch' },
  ecs: { cli: 'ecs', sdk: 'client-ecs' },
  ec2: { cli: 'ec2' },
  autoscaling: { cli: 'autoscaling' },
  elasticloadbalancing: { cli: 'elbv2' },
  lambda: { cli: 'lambda', sdk: 'client-lambda' },
  'fleet-simulator': { cli: 'fleet-simulator' },
  codeartifact: { cli: 'codeartifact', sdk: 'client-codeartifact' },
  'codeguru-reviewer': { cli: 'codeguru-reviewer', sdk: 'client-codeguru-reviewer' },
  'codeguru-profiler': { cli: 'codeguruprofiler', sdk: 'client-codeguruprofiler' },
};

/**
 * Input members for the services without an installed SDK client, as their engine operations read them
 * (src/engine/iam/operations.ts, src/engine/fleet/operations/*.ts, the simulator operations, CodeArtifact's package
 * explorer). `!` marks a member
 * the operation cannot do without.
 */
const S = 'string';
const N = 'number';
const B = 'boolean';
const STRINGS = 'List<string>';
const DOCS = 'List<document>';
const D = 'document';
const T = 'timestamp';
const INSTANCES = { 'InstanceIds!': STRINGS };
const PACKAGE_REQUEST = {
  'domain!': S,
  domainOwner: S,
  'repository!': S,
  'format!': S,
  namespace: S,
  'package!': S,
  version: S,
};
const HAND_MEMBERS: Record<string, Record<string, Record<string, CliShapeRef>>> = {
  iam: {
    ListUsers: { PathPrefix: S, Marker: S, MaxItems: N },
    ListRoles: { PathPrefix: S, Marker: S, MaxItems: N },
  },
  ec2: {
    DescribeInstances: { InstanceIds: STRINGS, Filters: DOCS },
    DescribeInstanceStatus: { InstanceIds: STRINGS, IncludeAllInstances: B },
    RunInstances: {
      ImageId: S,
      InstanceType: S,
      'MinCount!': N,
      'MaxCount!': N,
      Placement: D,
      IamInstanceProfile: D,
      TagSpecifications: DOCS,
      SimulatorOptions: D,
    },
    StartInstances: INSTANCES,
    StopInstances: INSTANCES,
    TerminateInstances: INSTANCES,
  },
  autoscaling: {
    DescribeAutoScalingGroups: { AutoScalingGroupNames: STRINGS },
    CreateAutoScalingGroup: {
      'AutoScalingGroupName!': S,
      'MinSize!': N,
      'MaxSize!': N,
      DesiredCapacity: N,
      AvailabilityZones: STRINGS,
      TargetGroupARNs: STRINGS,
      Tags: DOCS,
      SimulatorOptions: D,
    },
  },
  elasticloadbalancing: {
    DescribeLoadBalancers: { LoadBalancerArns: STRINGS, Names: STRINGS },
    DescribeListeners: { LoadBalancerArn: S, ListenerArns: STRINGS },
    DescribeTargetGroups: { LoadBalancerArn: S, TargetGroupArns: STRINGS, Names: STRINGS },
    DescribeTargetHealth: { 'TargetGroupArn!': S, Targets: DOCS },
    RegisterTargets: { 'TargetGroupArn!': S, 'Targets!': DOCS },
    DeregisterTargets: { 'TargetGroupArn!': S, 'Targets!': DOCS },
    ModifyListener: { 'ListenerArn!': S, DefaultActions: DOCS },
  },
  'fleet-simulator': {
    StopCodeDeployAgent: INSTANCES,
    StartCodeDeployAgent: INSTANCES,
    UninstallCodeDeployAgent: INSTANCES,
    InstallCodeDeployAgent: INSTANCES,
    SetClockSkew: { ...INSTANCES, 'Seconds!': N },
    RevokeInstanceProfileS3Read: { ...INSTANCES, 'Bucket!': S },
    RestoreInstanceProfileS3Read: { ...INSTANCES, 'Bucket!': S },
    SetRevisionProfile: {
      RevisionKey: S,
      FunctionName: S,
      Version: S,
      TaskDefinition: S,
      Behaviour: S,
      ErrorRate: N,
      LatencyMs: N,
    },
    HoldAlarmState: { 'AlarmName!': S, StateValue: S },
    ReleaseAlarmState: { 'AlarmName!': S },
    SetBucketRegion: { 'Bucket!': S, 'Region!': S },
    SetTrafficRate: { 'TrafficSourceId!': S, 'RequestsPerSecond!': N },
    DescribeFleetSimulation: {},
  },
  'codedeploy-simulator': {
    InjectDeploymentFault: { 'lifecycleEventName!': S, effect: S, applicationName: S },
  },
  codeartifact: {
    ExplainPackageVersionResolution: PACKAGE_REQUEST,
    FetchPackageVersion: PACKAGE_REQUEST,
  },
  'codeguru-profiler': {
    CreateProfilingGroup: {
      'profilingGroupName!': S,
      computePlatform: S,
      clientToken: S,
      agentOrchestrationConfig: D,
      tags: D,
    },
    ListProfilingGroups: { nextToken: S, maxResults: N, includeDescription: B },
    DescribeProfilingGroup: { 'profilingGroupName!': S },
    UpdateProfilingGroup: { 'profilingGroupName!': S, 'agentOrchestrationConfig!': D },
    DeleteProfilingGroup: { 'profilingGroupName!': S },
    ConfigureAgent: { 'profilingGroupName!': S, fleetInstanceId: S, metadata: D },
    PostAgentProfile: { 'profilingGroupName!': S, 'agentProfile!': S, 'contentType!': S, profileToken: S },
    GetProfile: { 'profilingGroupName!': S, startTime: T, period: S, endTime: T, maxDepth: N, accept: S },
    ListProfileTimes: {
      'profilingGroupName!': S,
      'startTime!': T,
      'endTime!': T,
      'period!': S,
      orderBy: S,
      maxResults: N,
      nextToken: S,
    },
    GetRecommendations: { 'profilingGroupName!': S, 'startTime!': T, 'endTime!': T, locale: S },
    ListFindingsReports: {
      'profilingGroupName!': S,
      'startTime!': T,
      'endTime!': T,
      nextToken: S,
      maxResults: N,
      dailyReportsOnly: B,
    },
    DescribeSimulatedAgent: { 'profilingGroupName!': S },
    UpdateSimulatedAgent: { 'profilingGroupName!': S, 'agentParameters!': D },
  },
  'codepipeline-simulator': {
    SetActionOutcome: { 'pipelineName!': S, 'stageName!': S, 'actionName!': S, outcome: D },
    GetActionOutcomes: { 'pipelineName!': S },
  },
};

function handShape(members: Record<string, CliShapeRef>): CliShape {
  const names = Object.keys(members);
  return {
    type: 'structure',
    members: Object.fromEntries(names.map((m) => [m.replace(/!$/, ''), members[m] as CliShapeRef])),
    required: names.filter((m) => m.endsWith('!')).map((m) => m.replace(/!$/, '')),
  };
}

// Smithy's schema sentinels (@smithy/core/schema sentinels.js).
const LIST_MODIFIER = 0b0100_0000;
const MAP_MODIFIER = 0b1000_0000;

type SchemaValue = number | string | (() => SchemaValue) | SchemaValue[];

function primitive(code: number): CliShapeRef {
  if (code === 0) return 'string';
  if (code === 1) return 'number';
  if (code === 2) return 'boolean';
  if (code >= 4 && code <= 7) return 'timestamp';
  if (code === 15) return 'document';
  if (code === 21 || code === 42) return 'blob';
  if (code === 17 || code === 19) return 'number';
  return 'string';
}

/** Reads one SDK's schemas into the model's shape table. */
function sdkShapes(mod: Record<string, unknown>) {
  const shapes: Record<string, CliShape> = {};

  const resolve = (schema: SchemaValue): CliShapeRef => {
    let s = schema;
    while (typeof s === 'function') s = s();
    if (typeof s === 'number') {
      if (s & LIST_MODIFIER)
        return addShape(`List<${primitive(s & ~LIST_MODIFIER)}>`, () => ({
          type: 'list',
          member: primitive(s & ~LIST_MODIFIER),
        }));
      if (s & MAP_MODIFIER)
        return addShape(`Map<${primitive(s & ~MAP_MODIFIER)}>`, () => ({
          type: 'map',
          value: primitive(s & ~MAP_MODIFIER),
        }));
      return primitive(s);
    }
    if (typeof s === 'string') return 'string';
    const [kind] = s;
    // A member with traits: [schema, traits].
    if (s.length === 2) return resolve(s[0] as SchemaValue);
    const name = String(s[2]);
    if (kind === 0) return resolve(s[4] as SchemaValue);
    if (kind === 1) return addShape(name, () => ({ type: 'list', member: resolve(s[4] as SchemaValue) }));
    if (kind === 2) return addShape(name, () => ({ type: 'map', value: resolve(s[5] as SchemaValue) }));
    if (kind === 3 || kind === -3) {
      return addShape(name, () => {
        const names = s[4] as string[];
        const types = s[5] as SchemaValue[];
        const requiredCount = typeof s[6] === 'number' ? s[6] : 0;
        const members: Record<string, CliShapeRef> = {};
        names.forEach((m, i) => (members[m] = resolve(types[i] as SchemaValue)));
        return { type: 'structure', members, required: names.slice(0, requiredCount) };
      });
    }
    return 'string';
  };

  function addShape(name: string, build: () => CliShape): CliShapeRef {
    if (!(name in shapes)) {
      // Placeholder first: recursive shapes refer to themselves.
      shapes[name] = { type: 'structure', members: {}, required: [] };
      shapes[name] = build();
    }
    return name;
  }

  const operationShapes = (operation: string) => {
    const op = mod[`${operation}$`] as SchemaValue[] | undefined;
    if (!op || op[0] !== 9) return undefined;
    return { input: resolve(op[4] as SchemaValue), output: resolve(op[5] as SchemaValue) };
  };
  return { shapes, operationShapes };
}

const COMMON_SHAPES: Record<string, CliShape> = {
  'List<string>': { type: 'list', member: 'string' },
  'List<document>': { type: 'list', member: 'document' },
};

async function main() {
  const model: CliModel = { services: {} };
  const apis = [
    ...SERVICE_APIS.map((api) => ({
      endpointPrefix: api.endpointPrefix,
      targetPrefix: api.targetPrefix,
      operations: [...api.operations],
    })),
    ...REST_JSON_APIS.map((api) => ({
      endpointPrefix: api.endpointPrefix,
      targetPrefix: undefined,
      operations: api.routes.map((r) => r.operation),
    })),
  ];
  for (const api of apis) {
    const names = CLI_SERVICES[api.endpointPrefix];
    if (names === null) continue;
    if (!names) throw new Error(`No CLI name for the mocked endpoint ${api.endpointPrefix}; add it to CLI_SERVICES.`);
    const schemas = names.sdk
      ? join(dirname(require.resolve(`@aws-sdk/${names.sdk}/package.json`)), 'dist-es/schemas/schemas_0.js')
      : undefined;
    // Older clients (CodeGuru Profiler's) have serializers but no schemas: those services take the hand list.
    const sdk =
      schemas && existsSync(schemas)
        ? sdkShapes((await import(pathToFileURL(schemas).href)) as Record<string, unknown>)
        : undefined;
    const service: CliService = {
      endpointPrefix: api.endpointPrefix,
      ...(api.targetPrefix
        ? { targetPrefix: api.targetPrefix, protocol: 'json' as const }
        : { protocol: 'rest-json' as const }),
      operations: {},
      shapes: sdk ? sdk.shapes : { ...COMMON_SHAPES },
    };
    for (const operation of api.operations) {
      const shapes = sdk?.operationShapes(operation);
      if (shapes) {
        service.operations[operation] = shapes;
        continue;
      }
      const members = HAND_MEMBERS[api.endpointPrefix]?.[operation];
      // A simulator operation beside a modelled service's (CodeArtifact's package explorer) has no SDK schema either.
      if (!members)
        throw new Error(`No input members for ${api.endpointPrefix} ${operation}; add them to HAND_MEMBERS.`);
      service.shapes[`${operation}Input`] = handShape(members);
      service.operations[operation] = { input: `${operation}Input` };
    }
    if (sdk) {
      // Keep only the shapes the implemented operations' inputs reach.
      const reached = new Set<string>();
      const visit = (ref: CliShapeRef | undefined) => {
        if (!ref || reached.has(ref) || !(ref in service.shapes)) return;
        reached.add(ref);
        const shape = service.shapes[ref] as CliShape;
        if (shape.type === 'structure') Object.values(shape.members).forEach(visit);
        else if (shape.type === 'list') visit(shape.member);
        else visit(shape.value);
      };
      Object.values(service.operations).forEach((op) => {
        visit(op.input);
        visit(op.output);
      });
      service.shapes = Object.fromEntries(
        Object.entries(service.shapes)
          .filter(([name]) => reached.has(name))
          .sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    const existing = model.services[names.cli];
    if (existing) throw new Error(`Two endpoints claim the CLI name ${names.cli}`);
    model.services[names.cli] = service;
  }
  const out = join(root, 'src/features/terminal/aws/model.json');
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${out}: ${Object.keys(model.services).length} services`);
}

if (process.argv[1] === import.meta.filename) await main();
