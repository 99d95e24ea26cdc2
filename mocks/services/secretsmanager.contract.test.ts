import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  InvalidRequestException,
  ListSecretsCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  RestoreSecretCommand,
  SecretsManagerClient,
  UpdateSecretCommand,
} from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';
import { secretsmanagerApi } from './secretsmanager';

const client = new SecretsManagerClient(sdkConfig('secretsmanager'));
serveMockAws();

describe('Secrets Manager through @aws-sdk/client-secrets-manager', () => {
  it('declares every operation the engine implements', () => {
    expect(secretsmanagerApi.operations).toHaveLength(8);
  });

  it('reads the demo secret by name and by ARN', async () => {
    const byName = await client.send(new GetSecretValueCommand({ SecretId: 'demo-webapp/api' }));
    expect(byName).toMatchObject({
      Name: 'demo-webapp/api',
      SecretString: '{"apiKey":"demo-3f9a-7c21"}',
      VersionStages: ['AWSCURRENT'],
    });
    expect(byName.ARN).toMatch(
      /^arn:aws:secretsmanager:us-east-1:123456789012:secret:demo-webapp\/api-[A-Za-z0-9]{6}$/,
    );
    const byArn = await client.send(new GetSecretValueCommand({ SecretId: byName.ARN }));
    expect(byArn.VersionId).toBe(byName.VersionId);
  });

  it('creates, rotates values, describes, updates and lists secrets', async () => {
    const created = await client.send(
      new CreateSecretCommand({ Name: 'contract/db', SecretString: 'one', Description: 'db password' }),
    );
    const put = await client.send(new PutSecretValueCommand({ SecretId: 'contract/db', SecretString: 'two' }));
    expect(put.VersionStages).toEqual(['AWSCURRENT']);
    const previous = await client.send(
      new GetSecretValueCommand({ SecretId: 'contract/db', VersionStage: 'AWSPREVIOUS' }),
    );
    expect(previous).toMatchObject({ SecretString: 'one', VersionId: created.VersionId });
    await client.send(new UpdateSecretCommand({ SecretId: 'contract/db', Description: 'rotated' }));
    const described = await client.send(new DescribeSecretCommand({ SecretId: 'contract/db' }));
    expect(described.Description).toBe('rotated');
    expect(Object.values(described.VersionIdsToStages ?? {})).toEqual([['AWSPREVIOUS'], ['AWSCURRENT']]);
    const { SecretList } = await client.send(new ListSecretsCommand({ SortOrder: 'asc' }));
    expect(SecretList?.map((s) => s.Name)).toEqual(['demo-webapp/api', 'contract/db']);
  });

  it('schedules deletion, refuses reads meanwhile, and restores', async () => {
    const deleted = await client.send(
      new DeleteSecretCommand({ SecretId: 'demo-webapp/api', RecoveryWindowInDays: 7 }),
    );
    expect(deleted.DeletionDate).toEqual(new Date('2026-01-12T09:00:00Z'));
    const read = await rejection(client.send(new GetSecretValueCommand({ SecretId: 'demo-webapp/api' })));
    expect(read).toBeInstanceOf(InvalidRequestException);
    expect(read.message).toBe("You can't perform this operation on the secret because it was marked for deletion.");
    await client.send(new RestoreSecretCommand({ SecretId: 'demo-webapp/api' }));
    expect((await client.send(new GetSecretValueCommand({ SecretId: 'demo-webapp/api' }))).SecretString).toContain(
      'apiKey',
    );
  });

  it('surfaces the service errors as the SDK exception classes', async () => {
    const missing = await rejection(client.send(new GetSecretValueCommand({ SecretId: 'nope' })));
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect(missing.message).toBe("Secrets Manager can't find the specified secret.");
    expect(
      await rejection(client.send(new CreateSecretCommand({ Name: 'demo-webapp/api', SecretString: 'x' }))),
    ).toBeInstanceOf(ResourceExistsException);
  });
});
