import type { ServiceEndpoint } from '../../../api/aws-call';

/** One real API call: the engine's service name, its wire endpoint, the operation and its JSON 1.1 input. */
export interface ApiCall {
  service: string;
  endpoint: ServiceEndpoint;
  operation: string;
  input: Record<string, unknown>;
}

/** What a step creates, named the way the console names it. */
export interface CreatedResource {
  kind: string;
  name: string;
}

/** A step of a template's plan: one API call with a human label and what it leaves in the account. */
export interface Step extends ApiCall {
  label: string;
  creates?: CreatedResource;
  /** The call that removes what this step created, from the step's answer (absent when AWS has none the simulator serves). */
  undo?: (output: Record<string, unknown>) => ApiCall | undefined;
}

/** What the account already holds that a template builds on: the simulator has no IAM CreateRole or S3 CreateBucket. */
export interface AccountContext {
  /** The one existing role used as the CodeBuild, CodeDeploy and CodePipeline service role. */
  serviceRoleArn: string;
  /** The pipeline's artifact store (an existing bucket). */
  artifactBucket: string;
  /** For the static site: the existing bucket the site is deployed into, under the project's prefix. */
  siteBucket?: string;
  /** For EC2 blue/green: the ALB target group whose traffic moves to the replacement instances. */
  targetGroup?: { name: string; arn: string };
  /** For the Lambda canary: the function, its alias and the versions the alias moves between. */
  lambda?: { functionName: string; alias: string; currentVersion: string; targetVersion: string };
  /**
   * For ECS blue/green: the service and its load balancer. `deploymentGroup` is set when the service already belongs
   * to one (an ECS service belongs to at most one deployment group, and the simulator has no ECS CreateService).
   */
  ecs?: {
    cluster: string;
    service: string;
    containerName: string;
    containerPort: number;
    /** The task definition revision the AppSpec deploys (the simulator has no ECS RegisterTaskDefinition). */
    taskDefinitionArn: string;
    targetGroups: [string, string];
    prodListener: { loadBalancer: string; port: number };
    testListener?: { loadBalancer: string; port: number };
    deploymentGroup?: { applicationName: string; deploymentGroupName: string };
  };
}

export interface TemplateParams {
  projectName: string;
  account: AccountContext;
}

/** A stage of the pipeline a template creates, for the card's diagram. */
export interface SketchStage {
  name: string;
  actions: string[];
}

/** A project template: what it builds, what it needs from the account, and its plan. */
export interface ProjectTemplate {
  id: string;
  title: string;
  summary: string;
  /** The stages of the pipeline it creates. */
  sketch: SketchStage[];
  /** Why the template cannot run in this account, or undefined when it can. */
  unavailable: (account: AccountContext) => string | undefined;
  /** Every name the plan derives from the project name, with the service rule it must follow. */
  names: (projectName: string) => DerivedName[];
  plan: (params: TemplateParams) => Step[];
}

export type NameRule =
  'repository' | 'buildProject' | 'application' | 'deploymentGroup' | 'pipeline' | 'autoScalingGroup' | 'alarm';

export interface DerivedName {
  rule: NameRule;
  /** The resource, as the console calls it ("CodeBuild project"). */
  resource: string;
  name: string;
}
