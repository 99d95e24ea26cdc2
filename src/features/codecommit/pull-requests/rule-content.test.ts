import { describe, expect, it } from 'vitest';
import { buildRuleContent, describeRule, parseMember, parseRuleContentFields, toReference } from './rule-content';

describe('approval rule content', () => {
  it('builds both member forms and template destination references', () => {
    const content = buildRuleContent({
      numberOfApprovalsNeeded: 2,
      members: [
        { form: 'approver', account: '123456789012', name: 'ben' },
        { form: 'arn', arn: 'arn:aws:sts::123456789012:assumed-role/CodeCommitReview/*' },
      ],
      destinationReferences: ['refs/heads/main'],
    });
    expect(JSON.parse(content)).toEqual({
      Version: '2018-11-08',
      DestinationReferences: ['refs/heads/main'],
      Statements: [
        {
          Type: 'Approvers',
          NumberOfApprovalsNeeded: 2,
          ApprovalPoolMembers: [
            'CodeCommitApprovers:123456789012:ben',
            'arn:aws:sts::123456789012:assumed-role/CodeCommitReview/*',
          ],
        },
      ],
    });
  });

  it('leaves out an empty pool and no destination references', () => {
    expect(buildRuleContent({ numberOfApprovalsNeeded: 1, members: [] })).toBe(
      '{"Version":"2018-11-08","Statements":[{"Type":"Approvers","NumberOfApprovalsNeeded":1}]}',
    );
  });

  it('reads back what it builds', () => {
    const fields = {
      numberOfApprovalsNeeded: 1,
      members: [parseMember('CodeCommitApprovers:123456789012:cleo'), parseMember(' arn:aws:iam::123456789012:user/*')],
      destinationReferences: ['refs/heads/release/*'],
    };
    expect(parseRuleContentFields(buildRuleContent(fields))).toEqual({
      ...fields,
      members: [
        { form: 'approver', account: '123456789012', name: 'cleo' },
        { form: 'arn', arn: 'arn:aws:iam::123456789012:user/*' },
      ],
    });
    expect(parseRuleContentFields('not json')).toBeUndefined();
    expect(parseRuleContentFields('{"Statements":[]}')).toBeUndefined();
  });

  it('describes a rule in words', () => {
    expect(
      describeRule({
        numberOfApprovalsNeeded: 1,
        members: [parseMember('CodeCommitApprovers:123456789012:ben'), parseMember('CodeCommitApprovers:1:cleo')],
      }),
    ).toBe('1 approval from ben or CodeCommitApprovers:1:cleo');
    expect(describeRule({ numberOfApprovalsNeeded: 2, members: [] })).toBe(
      '2 approvals from anyone with access to the repository',
    );
  });

  it('turns branch names into references', () => {
    expect(toReference('main')).toBe('refs/heads/main');
    expect(toReference('refs/heads/release/*')).toBe('refs/heads/release/*');
  });
});
