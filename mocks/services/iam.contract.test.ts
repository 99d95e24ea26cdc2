import { describe, expect, it } from 'vitest';
import { accessKeyIdFor } from '../../src/engine/iam/principals';
import { scenario } from '../../src/engine/testing/driver';
import { ENDPOINT, serveMockAws } from '../../test/mock-aws';

serveMockAws(() =>
  JSON.stringify(
    scenario({
      account: {
        accountId: '123456789012',
        region: 'us-east-1',
        iam: {
          users: [{ userName: 'ben' }, { userName: 'ana' }],
          roles: [{ roleName: 'Reviewer' }],
          defaultUser: 'ana',
        },
        codecommit: { repositories: [] },
      },
    }),
  ),
);

/** No SDK client speaks IAM in JSON 1.1, so the wire is exercised with fetch. */
async function iam(operation: string, body: object = {}, target = `IAMSimulator_20100508.${operation}`) {
  const response = await fetch(`${ENDPOINT}/iam`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('IAM (JSON 1.1 form) through fetch', () => {
  it('lists users with their access keys and names the default user', async () => {
    const { status, body } = await iam('ListUsers');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      IsTruncated: false,
      DefaultUserName: 'ana',
      Users: [
        {
          Path: '/',
          UserName: 'ana',
          Arn: 'arn:aws:iam::123456789012:user/ana',
          AccessKeyId: accessKeyIdFor('user', 'ana'),
          CreateDate: Date.parse('2026-01-05T09:00:00Z') / 1000,
        },
        { UserName: 'ben', AccessKeyId: accessKeyIdFor('user', 'ben') },
      ],
    });
    expect((body.Users as { UserId: string }[])[0]?.UserId).toMatch(/^AIDA[0-9A-F]{17}$/);
  });

  it('lists roles with the session the console assumes', async () => {
    const { body } = await iam('ListRoles');
    expect(body).toMatchObject({
      IsTruncated: false,
      Roles: [
        {
          RoleName: 'Reviewer',
          Arn: 'arn:aws:iam::123456789012:role/Reviewer',
          AccessKeyId: accessKeyIdFor('role', 'Reviewer'),
          AssumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/Reviewer/cicdlab',
        },
      ],
    });
  });

  it('pages with MaxItems and Marker', async () => {
    const first = await iam('ListUsers', { MaxItems: 1 });
    expect(first.body).toMatchObject({ IsTruncated: true, Marker: '1', Users: [{ UserName: 'ana' }] });
    const second = await iam('ListUsers', { MaxItems: 1, Marker: '1' });
    expect(second.body).toMatchObject({ IsTruncated: false, Users: [{ UserName: 'ben' }] });
    expect(second.body).not.toHaveProperty('Marker');
  });

  it('answers errors in the JSON 1.1 shape', async () => {
    expect(await iam('ListUsers', { MaxItems: 0 })).toMatchObject({ status: 400, body: { __type: 'ValidationError' } });
    expect(await iam('CreateUser')).toMatchObject({
      status: 400,
      body: { __type: 'UnknownOperationException' },
    });
    expect(await iam('ListUsers', {}, 'IAM_20100508.ListUsers')).toMatchObject({
      body: { __type: 'UnknownOperationException' },
    });
  });
});
