import { AwsError } from '../core/aws-error';

/** The fleet services' refusals, with the `__type` and message each real service returns. */
export const ec2InvalidInstanceId = (ids: string[]) =>
  new AwsError(
    'InvalidInstanceID.NotFound',
    `The instance ID${ids.length === 1 ? '' : 's'} '${ids.join(', ')}' ${ids.length === 1 ? 'does' : 'do'} not exist`,
  );
export const ec2IncorrectState = (id: string, action: string) =>
  new AwsError('IncorrectInstanceState', `The instance '${id}' is not in a state from which it can be ${action}.`, 400);

export const asgValidation = (message: string) => new AwsError('ValidationError', message);
export const asgAlreadyExists = (name: string) =>
  new AwsError(
    'AlreadyExists',
    `AutoScalingGroup by this name already exists - A group with the name ${name} already exists`,
  );

export const elbTargetGroupNotFound = (arn: string) =>
  new AwsError('TargetGroupNotFound', `One or more target groups not found: ${arn}`);
export const elbListenerNotFound = (arn: string) =>
  new AwsError('ListenerNotFound', `One or more listeners not found: ${arn}`);
export const elbLoadBalancerNotFound = (arn: string) =>
  new AwsError('LoadBalancerNotFound', `One or more load balancers not found: ${arn}`);

export const lambdaNotFound = (what: string) =>
  new AwsError('ResourceNotFoundException', `Function not found: ${what}`, 404);
export const lambdaAliasNotFound = (arn: string) =>
  new AwsError('ResourceNotFoundException', `Cannot find alias arn: ${arn}`, 404);
export const lambdaInvalidParameter = (message: string) => new AwsError('InvalidParameterValueException', message);

export const ecsServiceNotFound = () => new AwsError('ServiceNotFoundException', 'Service not found.');
export const ecsClusterNotFound = () => new AwsError('ClusterNotFoundException', 'Cluster not found.');
export const ecsInvalidParameter = (message: string) => new AwsError('InvalidParameterException', message);
export const ecsClientException = (message: string) => new AwsError('ClientException', message);

export const cwResourceNotFound = (message: string) => new AwsError('ResourceNotFound', message, 404);
export const cwInvalidParameter = (message: string) => new AwsError('InvalidParameterValueException', message);
export const cwMissingParameter = (name: string) =>
  new AwsError('MissingRequiredParameterException', `The parameter ${name} is required.`);

export const simulatorNotFound = (message: string) => new AwsError('ResourceNotFoundException', message, 404);
export const simulatorInvalid = (message: string) => new AwsError('ValidationException', message);
export const cwInvalidCombination = (message: string) => new AwsError('InvalidParameterCombinationException', message);
