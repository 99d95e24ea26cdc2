import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from './types';
import { validateDeclaration } from './validate-declaration';

const pipeline = (): PipelineDeclaration => ({
  name: 'web',
  roleArn: 'arn:aws:iam::111122223333:role/pipeline',
  artifactStore: { type: 'S3', location: 'artifacts-bucket' },
  pipelineType: 'V2',
  variables: [{ name: 'Environment', defaultValue: 'staging' }],
  triggers: [
    {
      providerType: 'CodeStarSourceConnection',
      gitConfiguration: {
        sourceActionName: 'Source',
        push: [{ branches: { includes: ['main'] }, filePaths: { excludes: ['docs/**'] } }],
        pullRequest: [{ events: ['OPEN', 'UPDATED'], branches: { includes: ['feature/**'] } }],
      },
    },
  ],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
          configuration: {
            ConnectionArn: 'arn:aws:codeconnections:us-east-1:111122223333:connection/abc',
            FullRepositoryId: 'octo/web',
            BranchName: 'main',
          },
          outputArtifacts: [{ name: 'Src' }],
        },
      ],
    },
    {
      name: 'Approve',
      actions: [
        {
          name: 'Approve',
          actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
          timeoutInMinutes: 60,
        },
      ],
    },
  ],
});

const found = (declaration: PipelineDeclaration) =>
  validateDeclaration(declaration).map((d) => `${d.code} ${d.path.join('.')}`);

describe('V2 variables, triggers and action timeouts', () => {
  it('accepts a V2 pipeline with variables, a push trigger and a pull-request trigger', () => {
    expect(found(pipeline())).toEqual([]);
  });

  it('checks variable names: the pattern and uniqueness', () => {
    const p = pipeline();
    p.variables = [{ name: 'Environment' }, { name: 'Environment' }, { name: 'with space' }];
    expect(found(p)).toEqual(['duplicate-variable variables.1.name', 'invalid-variable-name variables.2.name']);
  });

  it('ties a trigger to a connection source action of the first stage', () => {
    const p = pipeline();
    p.triggers![0]!.gitConfiguration.sourceActionName = 'Sourse';
    const [finding] = validateDeclaration(p);
    expect(finding!.path).toEqual(['triggers', 0, 'gitConfiguration', 'sourceActionName']);
    expect(finding!.message).toContain('Did you mean "Source"?');
  });

  it('allows only the filter combinations CodePipeline has', () => {
    const p = pipeline();
    p.triggers![0]!.gitConfiguration.push = [{ filePaths: { includes: ['src/**'] } }, { tags: { includes: ['v*'] } }];
    p.triggers![0]!.gitConfiguration.pullRequest = [
      { events: ['OPEN', 'MERGED' as 'CLOSED'], branches: { includes: [] } },
    ];
    expect(found(p)).toEqual([
      'invalid-trigger-filter triggers.0.gitConfiguration.push.0',
      'invalid-trigger-filter triggers.0.gitConfiguration.pullRequest.0.events.1',
      'invalid-trigger-filter triggers.0.gitConfiguration.pullRequest.0.branches.includes',
    ]);
  });

  it('keeps an approval timeout between 5 minutes and 60 days', () => {
    const p = pipeline();
    p.stages[1]!.actions[0]!.timeoutInMinutes = 2;
    expect(found(p)).toEqual(['invalid-timeout stages.1.actions.0.timeoutInMinutes']);
    p.stages[1]!.actions[0]!.timeoutInMinutes = 86400;
    expect(found(p)).toEqual([]);
  });

  it('checks stage conditions: one condition, results the condition allows, known rules, no rollback in PARALLEL', () => {
    const p = pipeline();
    p.stages[1]!.beforeEntry = {
      conditions: [
        {
          result: 'ROLLBACK',
          rules: [{ name: 'Window', ruleTypeId: { category: 'Rule', provider: 'DeploymentWindows' } }],
        },
      ],
    };
    p.stages[1]!.onFailure = { result: 'ROLLBACK' };
    expect(found(p)).toEqual([
      'invalid-condition stages.1.beforeEntry.conditions.0.result',
      'unknown-rule-type stages.1.beforeEntry.conditions.0.rules.0.ruleTypeId.provider',
    ]);
    p.executionMode = 'PARALLEL';
    expect(found(p)).toContain('rollback-in-parallel stages.1.onFailure.result');
    p.stages[1]!.beforeEntry.conditions = [];
    expect(found(p)).toContain('invalid-condition stages.1.beforeEntry.conditions');
  });

  it("checks each rule's required configuration, and a DeploymentWindow's cron and time zone at their fields", () => {
    const p = pipeline();
    const rule = (provider: string, configuration?: Record<string, string>) => ({
      name: provider,
      ruleTypeId: { category: 'Rule' as const, owner: 'AWS' as const, provider, version: '1' },
      ...(configuration && { configuration }),
    });
    p.stages[1]!.beforeEntry = {
      conditions: [
        {
          result: 'FAIL',
          rules: [
            rule('LambdaInvoke'),
            rule('VariableCheck', { Variable: '#{variables.Environment}', Value: 'prod' }),
            rule('DeploymentWindow', { Cron: '* * 9-17 ? * MON-FRIDAY' }),
            rule('DeploymentWindow', { Cron: '* * 9-17 ? * MON-FRI', TimeZone: 'Europe/Paname' }),
            rule('DeploymentWindow', { Cron: '* * 9-17 ? * MON-FRI', TimeZone: 'Europe/Paris' }),
          ],
        },
      ],
    };
    expect(found(p)).toEqual([
      'missing-rule-configuration stages.1.beforeEntry.conditions.0.rules.0',
      'missing-rule-configuration stages.1.beforeEntry.conditions.0.rules.1.configuration',
      'invalid-rule-configuration stages.1.beforeEntry.conditions.0.rules.2.configuration.Cron',
      'invalid-rule-configuration stages.1.beforeEntry.conditions.0.rules.3.configuration.TimeZone',
    ]);
    const messages = validateDeclaration(p).map((d) => d.message);
    expect(messages).toContain(
      'InvalidStructureException: A LambdaInvoke rule needs the configuration key FunctionName.',
    );
    expect(messages).toContain('InvalidStructureException: A VariableCheck rule needs the configuration key Operator.');
    expect(messages).toContain(
      "InvalidStructureException: Cron '* * 9-17 ? * MON-FRIDAY': 'MON-FRIDAY' is not a valid day-of-week value (1-7 or SUN-SAT).",
    );
  });

  it('refuses stage conditions on a V1 pipeline', () => {
    const p = pipeline();
    delete p.variables;
    delete p.triggers;
    p.pipelineType = 'V1';
    p.stages[1]!.onFailure = { result: 'RETRY', retryConfiguration: { retryMode: 'FAILED_ACTIONS' } };
    expect(found(p)).toEqual(['v2-only-field stages.1.onFailure']);
  });
});
