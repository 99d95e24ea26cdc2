import { describe, expect, it } from 'vitest';
import { parseAppSpec } from './parse-appspec';
import type { ParseAppSpecOptions } from './parse-appspec';

const found = (text: string, options?: ParseAppSpecOptions) =>
  parseAppSpec(text, options).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
const message = (text: string, code: string, options?: ParseAppSpecOptions) =>
  parseAppSpec(text, options).diagnostics.find((d) => d.code === code)?.message ?? '';

const server = (body: string) => `version: 0.0\nos: linux\n${body}`;

describe('parseAppSpec: version, os and the shape of the file', () => {
  it('requires version 0.0, with the agent words', () => {
    expect(found('os: linux\n')).toEqual(['1:1 error missing-version']);
    expect(found('version: 0.1\nos: linux\n')).toEqual(['1:10 error invalid-version']);
    expect(message('version: 0.1\nos: linux\n', 'invalid-version')).toContain(
      'The deployment failed because an invalid version value (0.1) was entered in the application specification file.',
    );
  });

  it('refuses a quoted "0.0" on EC2, where the agent compares with the number, but not on Lambda', () => {
    expect(found('version: "0.0"\nos: linux\n')).toEqual(['1:10 error invalid-version']);
    expect(message('version: "0.0"\nos: linux\n', 'invalid-version')).toContain('Write it without quotes');
    const lambda =
      "version: '0.0'\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: fn\n        Alias: live\n        CurrentVersion: 1\n        TargetVersion: 2\n";
    expect(found(lambda)).toEqual([]);
    expect(parseAppSpec(lambda).appspec?.version).toBe('0.0');
  });

  it('requires os, linux or windows, case-sensitively', () => {
    expect(found('version: 0.0\nfiles: []\n')).toEqual(['1:1 error missing-os']);
    expect(found('version: 0.0\nos: Linux\n')).toEqual(['2:5 error invalid-value']);
    expect(message('version: 0.0\nos: Linux\n', 'invalid-value')).toContain(
      'specifies an unsupported operating system (Linux)',
    );
    expect(message('version: 0.0\nos: Linux\n', 'invalid-value')).toContain('write `linux`');
  });

  it('says what is wrong with files that are not AppSpec mappings', () => {
    expect(found('')).toEqual(['1:1 error empty-file']);
    expect(message('', 'empty-file', { fileName: 'appspec.yml' })).toMatch(/^`appspec.yml` is empty/);
    expect(found('- version: 0.0\n')).toEqual(['1:1 error not-a-map']);
    expect(found('version: 0.0\nos: linux\nhooks:\n\tBeforeInstall: []\n')).toEqual(['4:1 error tab-indent']);
    expect(found('version: 0.0\nos: [linux\n')[0]).toMatch(/error yaml-syntax$/);
  });

  it('reads JSON, including the number 0.0 and tabs between tokens', () => {
    const json =
      '{\n\t"version": 0.0,\n\t"os": "linux",\n\t"hooks": {"AfterInstall": [{"location": "a.sh", "timeout": "10"}]}\n}';
    expect(found(json)).toEqual([]);
    expect(parseAppSpec(json).appspec).toMatchObject({ hooks: { AfterInstall: [{ location: 'a.sh', timeout: 10 }] } });
  });
});

describe('parseAppSpec: any input', () => {
  it('never throws, whatever part of a file it is given', () => {
    const text =
      ecs(lb, 'Hooks:\n  - AfterAllowTestTraffic: runTests\n') + server('hooks:\n  AfterInstall:\n    - location: a\n');
    for (let end = 0; end <= text.length; end += 3) {
      expect(() => parseAppSpec(text.slice(0, end))).not.toThrow();
      expect(() => parseAppSpec(text.slice(end))).not.toThrow();
    }
    for (const junk of ['\u0000\uffff', '{{{{', ']]:', '*a', '&a [*a]', 'version: !!binary xx', '? [a]\n: b']) {
      expect(() => parseAppSpec(junk)).not.toThrow();
    }
  });
});

describe('parseAppSpec: keys', () => {
  it('suggests the key that was meant', () => {
    const text = server('hook:\n  BeforeInstall:\n    - location: a.sh\n');
    expect(found(text)).toEqual(['3:1 warning unknown-key']);
    expect(message(text, 'unknown-key')).toContain('Did you mean `hooks`?');
  });

  it('says where a key in the wrong place belongs', () => {
    const text = server('hooks:\n  BeforeInstall:\n    - location: a.sh\nrunas: root\n');
    expect(found(text)).toEqual(['6:1 warning misplaced-key']);
    expect(message(text, 'misplaced-key')).toContain('it belongs in `hooks.<lifecycle event>[]`');
  });

  it('names the platform a key belongs to', () => {
    const text =
      'version: 0.0\nos: linux\nResources:\n  - svc:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: <TASK_DEFINITION>\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 80\n';
    expect(found(text)).toEqual(['2:1 warning wrong-platform-key', '7:25 info task-definition-placeholder']);
    expect(message(text, 'wrong-platform-key')).toContain('`os` is a key of EC2/On-Premises AppSpec files');
  });

  it('warns about a key written twice, keeping the last', () => {
    const text = 'version: 0.0\nos: windows\nos: linux\n';
    expect(found(text)).toEqual(['3:1 warning duplicate-key']);
    expect(parseAppSpec(text).appspec).toMatchObject({ os: 'linux' });
  });

  it('wants lists where the reference has lists', () => {
    const text = server('files:\n  source: /\n  destination: /srv\n');
    expect(found(text)).toEqual(['4:3 error wrong-type']);
    expect(message(text, 'wrong-type')).toContain('`files` at the top level must be a list');
  });
});

describe('parseAppSpec: EC2/On-Premises hooks', () => {
  it('refuses scripts on a reserved event', () => {
    const text = server('hooks:\n  Install:\n    - location: a.sh\n');
    expect(found(text)).toEqual(['4:3 error reserved-event']);
    expect(message(text, 'reserved-event')).toContain('`Install` is a lifecycle event that CodeDeploy runs itself');
    expect(parseAppSpec(text).appspec).toBeUndefined();
  });

  it('warns about a misspelt event, an ECS-only event and a custom event, keeping them in the model', () => {
    const text = server(
      'hooks:\n  BeforeInstal:\n    - location: a.sh\n  AfterAllowTestTraffic:\n    - location: b.sh\n  Warmup:\n    - location: c.sh\n',
    );
    expect(found(text)).toEqual(['4:3 warning unknown-event', '6:3 warning unknown-event', '8:3 warning custom-event']);
    expect(message(text, 'unknown-event')).toContain('Did you mean `BeforeInstall`?');
    expect(message(text, 'custom-event')).toContain('codedeploy-local --events Warmup');
    expect(Object.keys(parseAppSpec(text).appspec!.hooks as object)).toEqual([
      'BeforeInstal',
      'AfterAllowTestTraffic',
      'Warmup',
    ]);
  });

  it('keeps the scripts of each event in file order', () => {
    const text = server(
      'hooks:\n  ApplicationStart:\n    - location: b.sh\n    - location: a.sh\n      timeout: 30\n  ApplicationStop:\n    - location: z.sh\n',
    );
    expect(parseAppSpec(text).appspec).toMatchObject({
      hooks: {
        ApplicationStart: [{ location: 'b.sh' }, { location: 'a.sh', timeout: 30 }],
        ApplicationStop: [{ location: 'z.sh' }],
      },
    });
  });

  it('requires a location for every script', () => {
    expect(found(server('hooks:\n  AfterInstall:\n    - timeout: 30\n'))).toEqual(['5:7 error missing-key']);
    expect(found(server('hooks:\n  AfterInstall:\n    - location:\n'))).toEqual(['5:7 error blank-value']);
    expect(found(server('hooks:\n  AfterInstall:\n'))).toEqual(['4:3 error blank-value']);
  });

  it('takes timeouts the way the agent reads them: positive, at most 3600, at most 3600 per event', () => {
    expect(found(server('hooks:\n  AfterInstall:\n    - location: a.sh\n      timeout: 0\n'))).toEqual([
      '6:16 error invalid-timeout',
    ]);
    expect(
      message(server('hooks:\n  AfterInstall:\n    - location: a.sh\n      timeout: soon\n'), 'invalid-timeout'),
    ).toContain('The deployment failed because an invalid timeout value was provided');
    expect(found(server('hooks:\n  AfterInstall:\n    - location: a.sh\n      timeout: 4000\n'))).toEqual([
      '6:16 error invalid-timeout',
    ]);
    const sum = server(
      'hooks:\n  AfterInstall:\n    - location: a.sh\n      timeout: 2000\n    - location: b.sh\n      timeout: 1601\n',
    );
    expect(found(sum)).toEqual(['4:3 error event-timeout-too-long']);
    expect(message(sum, 'event-timeout-too-long')).toContain('add up to 3601 seconds');
    expect(found(server('hooks:\n  AfterInstall:\n    - location: a.sh\n      timeout: "900"\n'))).toEqual([]);
  });

  it('warns that runas does nothing on Windows', () => {
    const text = 'version: 0.0\nos: windows\nhooks:\n  AfterInstall:\n    - location: a.bat\n      runas: admin\n';
    expect(found(text)).toEqual(['6:14 warning runas-on-windows']);
  });
});

describe('parseAppSpec: EC2/On-Premises files and permissions', () => {
  it('defaults file_exists_behavior to DISALLOW and refuses other values', () => {
    expect(parseAppSpec(server('files:\n  - source: /\n    destination: /srv\n')).appspec).toMatchObject({
      fileExistsBehavior: 'DISALLOW',
      files: [{ source: '/', destination: '/srv' }],
    });
    const text = server('file_exists_behavior: overwrite\n');
    expect(found(text)).toEqual(['3:23 error invalid-value']);
    expect(message(text, 'invalid-value')).toContain('write `OVERWRITE`');
  });

  it('requires source and destination, and object for a permission', () => {
    expect(found(server('files:\n  - source: /\n'))).toEqual(['4:5 error missing-key']);
    expect(found(server('permissions:\n  - owner: root\n'))).toEqual(['4:5 error missing-key']);
  });

  it('takes numeric chmod modes only, as the agent does', () => {
    const perm = (mode: string) => server(`permissions:\n  - object: /srv\n    mode: ${mode}\n`);
    expect(found(perm('u+x'))).toEqual(['5:11 error invalid-mode']);
    expect(message(perm('u+x'), 'invalid-mode')).toContain('contains an invalid character (u)');
    expect(found(perm('12345'))).toEqual(['5:11 error invalid-mode']);
    expect(found(perm('"0644"'))).toEqual([]);
    expect(found(perm('4755'))).toEqual([]);
    expect(parseAppSpec(perm('44')).appspec).toMatchObject({ permissions: [{ object: '/srv', mode: '044' }] });
    // YAML 1.1 reads an unquoted leading zero as octal: 0644 is 420.
    expect(found(perm('0644'))).toEqual(['5:11 warning octal-mode']);
    expect(message(perm('0644'), 'octal-mode')).toContain('Write `644` or quote it');
  });

  it('refuses permissions on Windows and object types other than file and directory', () => {
    const windows = 'version: 0.0\nos: windows\npermissions:\n  - object: C:\\app\n';
    expect(found(windows)).toEqual(['3:1 error permissions-on-windows']);
    expect(found(server('permissions:\n  - object: /srv\n    type: [file, link]\n'))).toEqual([
      '5:18 error invalid-value',
    ]);
  });
});

describe('parseAppSpec: the revision', () => {
  const revisionFiles = new Set(['scripts/start.sh', 'web/index.html', 'web/app.js']);

  it('finds hook scripts and files sources in the revision, still returning the model', () => {
    const text = server(
      'files:\n  - source: web\n    destination: /srv\n  - source: \\assets\n    destination: /srv/assets\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n    - location: scripts/warm.sh\n',
    );
    const result = parseAppSpec(text, { context: { revisionFiles } });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
      '6:13 error missing-source',
      '11:17 error missing-script',
    ]);
    expect(result.diagnostics[1]!.message).toContain('ScriptMissing');
    expect(result.appspec).toBeDefined();
    expect(found(text)).toEqual([]);
  });
});

const lambda = (properties: string, hooks = '') =>
  `version: 0.0\nResources:\n  - myFunction:\n      Type: AWS::Lambda::Function\n      Properties:\n${properties}${hooks}`;
const props = '        Name: orders\n        Alias: live\n        CurrentVersion: "1"\n        TargetVersion: "2"\n';

describe('parseAppSpec: Lambda', () => {
  it('reads the function, alias and versions, in either spelling the docs show', () => {
    const lower = lambda(
      '        name: orders\n        alias: live\n        currentversion: 1\n        targetversion: 2\n',
      'hooks:\n  - BeforeAllowTraffic: checkOrders\n',
    );
    expect(found(lower)).toEqual([]);
    expect(parseAppSpec(lower).appspec).toEqual({
      platform: 'Lambda',
      version: '0.0',
      function: { logicalName: 'myFunction', name: 'orders', alias: 'live', currentVersion: '1', targetVersion: '2' },
      hooks: { BeforeAllowTraffic: 'checkOrders' },
    });
  });

  it('allows only BeforeAllowTraffic and AfterAllowTraffic hooks', () => {
    const text = lambda(props, 'Hooks:\n  - BeforeInstall: a\n  - AllowTraffic: b\n  - AfterAllowTrafic: c\n');
    expect(found(text)).toEqual(['11:5 error unknown-event', '12:5 error reserved-event', '13:5 error unknown-event']);
    expect(message(text, 'unknown-event')).toContain('Lambda hooks run at `BeforeAllowTraffic`, `AfterAllowTraffic`');
  });

  it('wants published version numbers, and warns when they are the same', () => {
    const latest = lambda(props.replace('"2"', '$LATEST'));
    expect(found(latest)).toEqual(['9:24 error invalid-function-version']);
    const same = lambda(props.replace('"2"', '"1"'));
    expect(found(same)).toEqual(['9:24 warning same-version']);
    expect(found(lambda(props.replace('        Alias: live\n', '')))).toEqual(['5:7 error missing-key']);
  });

  it('deploys exactly one function', () => {
    const two = `${lambda(props)}  - other:\n      Type: AWS::Lambda::Function\n      Properties:\n${props}`;
    expect(found(two)).toEqual(['10:5 error resource-count']);
    expect(message(two, 'resource-count')).toContain('lists 2');
  });

  it('checks the function, alias, versions and hook functions against the account', () => {
    const lambdaFunctions = new Map([
      ['orders', { versions: new Set(['1']), aliases: new Set(['prod']) }],
      ['checkOrders', { versions: new Set(['1']), aliases: new Set<string>() }],
    ]);
    const text = lambda(props, 'Hooks:\n  - BeforeAllowTraffic: checkOrders\n  - AfterAllowTraffic: smokeTest\n');
    const result = parseAppSpec(text, { context: { lambdaFunctions } });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
      '7:16 error unknown-alias',
      '9:24 error unknown-function-version',
      '12:24 error unknown-function',
    ]);
    expect(result.appspec).toBeDefined();
  });

  it('names a resource type CodeDeploy does not deploy', () => {
    const text = 'version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Functoin\n';
    expect(found(text)).toEqual(['4:13 error unknown-resource-type']);
    expect(message(text, 'unknown-resource-type')).toContain('did you mean `AWS::Lambda::Function`?');
  });

  it('still tells the platform when Resources is written as a mapping, and says it must be a list', () => {
    const text = 'version: 0.0\nResources:\n  fn:\n    Type: AWS::Lambda::Function\n';
    expect(parseAppSpec(text).platform).toBe('Lambda');
    expect(found(text)).toEqual(['3:3 error wrong-type']);
  });

  it('refuses a file for another platform than the deployment group', () => {
    expect(found(lambda(props), { platform: 'Server' })).toContain('4:13 error platform-mismatch');
    expect(found(server(''), { platform: 'Server' })).toEqual([]);
  });
});

const ecs = (loadBalancer: string, extra = '') =>
  `version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:aws:ecs:us-east-1:111122223333:task-definition/web:3\n        LoadBalancerInfo:\n${loadBalancer}${extra}`;
const lb = '          ContainerName: web\n          ContainerPort: 8080\n';

describe('parseAppSpec: ECS', () => {
  it('reads the service, its container and its hooks', () => {
    const text = ecs(lb, 'Hooks:\n  - AfterAllowTestTraffic: runTests\n');
    expect(found(text)).toEqual([]);
    expect(parseAppSpec(text).appspec).toEqual({
      platform: 'ECS',
      version: '0.0',
      service: {
        logicalName: 'TargetService',
        taskDefinition: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3',
        containerName: 'web',
        containerPort: 8080,
      },
      hooks: { AfterAllowTestTraffic: 'runTests' },
    });
  });

  it('takes <TASK_DEFINITION> as the placeholder CodePipeline fills in', () => {
    const text = ecs(lb).replace(/TaskDefinition: .*/, 'TaskDefinition: <TASK_DEFINITION>');
    expect(found(text)).toEqual(['6:25 info task-definition-placeholder']);
    expect(parseAppSpec(text).appspec).toBeDefined();
  });

  it('requires the task definition and the container name, and a number for the port', () => {
    expect(found(ecs(lb).replace(/ {8}TaskDefinition: .*\n/, ''))).toEqual(['5:7 error missing-key']);
    expect(found(ecs('          ContainerPort: 8080\n'))).toEqual(['7:9 error missing-key']);
    const quoted = ecs('          ContainerName: web\n          ContainerPort: "8080"\n');
    expect(found(quoted)).toEqual(['9:26 error invalid-container-port']);
    expect(message(quoted, 'invalid-container-port')).toContain('Write it without quotes: `ContainerPort: 8080`');
  });

  it('wants all of the awsvpc configuration or none of it', () => {
    const text = ecs(
      lb,
      '        NetworkConfiguration:\n          AwsvpcConfiguration:\n            Subnets: [subnet-1]\n',
    );
    expect(found(text)).toEqual(['11:11 error incomplete-network-configuration']);
    expect(message(text, 'incomplete-network-configuration')).toContain(
      '`SecurityGroups` and `AssignPublicIp` are missing',
    );
  });

  it('lets only one capacity provider set a base', () => {
    const text = ecs(
      lb,
      '        CapacityProviderStrategy:\n          - CapacityProvider: FARGATE\n            Base: 1\n          - CapacityProvider: FARGATE_SPOT\n            Base: 2\n            Weight: 3\n',
    );
    expect(found(text)).toEqual(['14:13 error multiple-base']);
  });

  it('allows only the five ECS hooks', () => {
    const text = ecs(lb, 'Hooks:\n  - ApplicationStart: fn\n  - Install: fn\n');
    expect(found(text)).toEqual(['11:5 error unknown-event', '12:5 error reserved-event']);
  });
});
