import { SelectField, TextField } from '../../../components/form-field';
import { Panel } from '../../../components/panel';
import type { AccountChoices } from './account-context';
import type { NameProblem } from './names';

const roleName = (arn: string) => arn.split('/').pop() ?? arn;

/** The project name (every resource is named after it) and the account's role and buckets the project uses. */
export function ProjectForm({
  projectName,
  onProjectName,
  problems,
  choices,
  onChoices,
  roleArns,
  buckets,
  needsSiteBucket,
  disabled,
}: {
  projectName: string;
  onProjectName: (name: string) => void;
  problems: NameProblem[];
  choices: AccountChoices;
  onChoices: (choices: AccountChoices) => void;
  roleArns: string[];
  buckets: string[];
  needsSiteBucket: boolean;
  disabled: boolean;
}) {
  const bucketOptions = buckets.map((b) => [b, b] as const);
  return (
    <Panel title="Project">
      <fieldset disabled={disabled} className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <TextField
            label="Project name"
            value={projectName}
            onChange={onProjectName}
            mono
            width="w-full max-w-md"
            hint="The repository, build project, application and pipeline are named after it, so two projects can live side by side."
            error={
              problems.length > 0 && (
                <ul className="space-y-1">
                  {problems.map((p) => (
                    <li key={`${p.resource}:${p.name}`}>
                      {p.resource} <span className="font-mono">{p.name}</span>:{' '}
                      <span className="font-mono">{p.exception}</span>: {p.message}
                    </li>
                  ))}
                </ul>
              )
            }
          />
        </div>
        <SelectField
          label="Service role"
          value={choices.serviceRoleArn}
          onChange={(serviceRoleArn) => onChoices({ ...choices, serviceRoleArn })}
          options={roleArns.map((arn) => [arn, roleName(arn)] as const)}
          hint="Used by CodeBuild, CodeDeploy and CodePipeline. The simulated IAM lists roles but cannot create them."
        />
        <SelectField
          label="Artifact bucket"
          value={choices.artifactBucket}
          onChange={(artifactBucket) => onChoices({ ...choices, artifactBucket })}
          options={bucketOptions}
          hint="Where the pipeline keeps its artifacts. The simulated S3 cannot create buckets."
        />
        {needsSiteBucket && (
          <SelectField
            label="Site bucket"
            value={choices.siteBucket ?? ''}
            onChange={(siteBucket) => onChoices({ ...choices, siteBucket })}
            options={bucketOptions}
            hint="The site is extracted under a folder named after the project."
          />
        )}
      </fieldset>
    </Panel>
  );
}
