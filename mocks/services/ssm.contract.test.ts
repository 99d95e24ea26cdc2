import {
  DeleteParameterCommand,
  DeleteParametersCommand,
  DescribeParametersCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  LabelParameterVersionCommand,
  ParameterAlreadyExists,
  ParameterNotFound,
  PutParameterCommand,
  SSMClient,
  ValidationException,
} from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';
import { ssmApi } from './ssm';

const client = new SSMClient(sdkConfig('ssm'));
serveMockAws();

describe('Systems Manager Parameter Store through @aws-sdk/client-ssm', () => {
  it('declares every operation the engine implements', () => {
    expect(ssmApi.operations).toHaveLength(9);
  });

  it('reads the demo parameter and writes new versions', async () => {
    const { Parameter } = await client.send(new GetParameterCommand({ Name: '/demo-webapp/app-env' }));
    expect(Parameter).toMatchObject({
      Name: '/demo-webapp/app-env',
      Type: 'String',
      Value: 'production',
      Version: 1,
      ARN: 'arn:aws:ssm:us-east-1:123456789012:parameter/demo-webapp/app-env',
    });
    expect(Parameter?.LastModifiedDate).toEqual(new Date('2026-01-05T09:00:00Z'));
    const put = await client.send(
      new PutParameterCommand({ Name: '/demo-webapp/app-env', Value: 'staging', Overwrite: true }),
    );
    expect(put).toMatchObject({ Version: 2, Tier: 'Standard' });
    const history = await client.send(new GetParameterHistoryCommand({ Name: '/demo-webapp/app-env' }));
    expect(history.Parameters?.map((p) => p.Value)).toEqual(['production', 'staging']);
    const labelled = await client.send(
      new LabelParameterVersionCommand({ Name: '/demo-webapp/app-env', ParameterVersion: 1, Labels: ['stable'] }),
    );
    expect(labelled.ParameterVersion).toBe(1);
    expect((await client.send(new GetParameterCommand({ Name: '/demo-webapp/app-env:stable' }))).Parameter?.Value).toBe(
      'production',
    );
  });

  it('hides SecureString values unless asked to decrypt', async () => {
    await client.send(
      new PutParameterCommand({ Name: '/demo-webapp/db-password', Value: 'hunter2', Type: 'SecureString' }),
    );
    const hidden = await client.send(new GetParameterCommand({ Name: '/demo-webapp/db-password' }));
    expect(hidden.Parameter?.Value).not.toContain('hunter2');
    const shown = await client.send(
      new GetParameterCommand({ Name: '/demo-webapp/db-password', WithDecryption: true }),
    );
    expect(shown.Parameter?.Value).toBe('hunter2');
  });

  it('reads by names and by path, describes and deletes', async () => {
    await client.send(
      new PutParameterCommand({ Name: '/demo-webapp/feature/flags', Value: 'a,b', Type: 'StringList' }),
    );
    const many = await client.send(new GetParametersCommand({ Names: ['/demo-webapp/app-env', '/nope'] }));
    expect(many.Parameters?.map((p) => p.Name)).toEqual(['/demo-webapp/app-env']);
    expect(many.InvalidParameters).toEqual(['/nope']);
    const shallow = await client.send(new GetParametersByPathCommand({ Path: '/demo-webapp' }));
    expect(shallow.Parameters?.map((p) => p.Name)).toEqual(['/demo-webapp/app-env']);
    const deep = await client.send(new GetParametersByPathCommand({ Path: '/demo-webapp', Recursive: true }));
    expect(deep.Parameters?.map((p) => p.Name)).toEqual(['/demo-webapp/app-env', '/demo-webapp/feature/flags']);
    const described = await client.send(
      new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Type', Values: ['StringList'] }] }),
    );
    expect(described.Parameters?.map((p) => p.Name)).toEqual(['/demo-webapp/feature/flags']);
    await client.send(new DeleteParameterCommand({ Name: '/demo-webapp/feature/flags' }));
    const deleted = await client.send(new DeleteParametersCommand({ Names: ['/demo-webapp/app-env', '/nope'] }));
    expect(deleted).toMatchObject({ DeletedParameters: ['/demo-webapp/app-env'], InvalidParameters: ['/nope'] });
  });

  it('surfaces the service errors as the SDK exception classes', async () => {
    expect(await rejection(client.send(new GetParameterCommand({ Name: '/missing' })))).toBeInstanceOf(
      ParameterNotFound,
    );
    expect(
      await rejection(client.send(new PutParameterCommand({ Name: '/demo-webapp/app-env', Value: 'x' }))),
    ).toBeInstanceOf(ParameterAlreadyExists);
    const reserved = await rejection(
      client.send(new PutParameterCommand({ Name: 'aws-thing', Value: 'x', Type: 'String' })),
    );
    expect(reserved).toBeInstanceOf(ValidationException);
    expect(reserved.message).toMatch(/^Parameter name: can't be prefixed with "aws" or "ssm"/);
  });
});
