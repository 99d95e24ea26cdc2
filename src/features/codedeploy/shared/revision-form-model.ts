import type {
  ComputePlatform,
  RevisionInfo,
  RevisionLocation,
  S3Location,
} from '../../../api/codedeploy/control-types';

/** Where the revision comes from, as chosen in the form. */
export interface RevisionForm {
  source: 'registered' | 's3' | 'appspec';
  /** Index into the application's registered revisions. */
  registered: string;
  bucket: string;
  key: string;
  bundleType: S3Location['bundleType'];
  content: string;
}

/** A starting AppSpec for Lambda and ECS revisions: the shape CodeDeploy documents, names to fill in. */
export const APPSPEC_TEMPLATE: Record<'Lambda' | 'ECS', string> = {
  Lambda: `version: 0.0
Resources:
  - myLambdaFunction:
      Type: AWS::Lambda::Function
      Properties:
        Name: "demo-fn"
        Alias: "live"
        CurrentVersion: "1"
        TargetVersion: "2"
`,
  ECS: `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "arn:aws:ecs:us-east-1:111122223333:task-definition/web:2"
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 80
`,
};

export function emptyRevisionForm(platform: ComputePlatform, registered: number): RevisionForm {
  return {
    source: registered > 0 ? 'registered' : platform === 'Server' ? 's3' : 'appspec',
    registered: '0',
    bucket: '',
    key: '',
    bundleType: 'zip',
    content: platform === 'Server' ? '' : APPSPEC_TEMPLATE[platform],
  };
}

/** A bundle's type from its key, as the console guesses it. */
export function bundleTypeOf(key: string): S3Location['bundleType'] {
  if (/\.tar\.gz$|\.tgz$/i.test(key)) return 'tgz';
  if (/\.tar$/i.test(key)) return 'tar';
  if (/\.ya?ml$/i.test(key)) return 'YAML';
  if (/\.json$/i.test(key)) return 'JSON';
  return 'zip';
}

/** The RevisionLocation the form means; undefined when the chosen source is still empty. */
export function toRevisionLocation(
  form: RevisionForm,
  registered: readonly RevisionInfo[],
): RevisionLocation | undefined {
  if (form.source === 'registered') return registered[Number(form.registered)]?.revisionLocation;
  if (form.source === 's3')
    return form.bucket || form.key
      ? { revisionType: 'S3', s3Location: { bucket: form.bucket, key: form.key, bundleType: form.bundleType } }
      : undefined;
  return { revisionType: 'AppSpecContent', appSpecContent: { content: form.content } };
}
