import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { writeCode } from './code-formats';
import { accountAndRegionOf, bundleZip, exportText, fileBaseName } from './export-files';

const declaration: PipelineDeclaration = {
  name: 'web <prod>',
  roleArn: 'arn:aws:iam::444455556666:role/pipeline',
  stages: [
    {
      name: 'Approve',
      actions: [
        {
          name: 'Approve',
          actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
          configuration: { NotificationArn: 'arn:aws:sns:eu-west-1:444455556666:approvals' },
        },
      ],
    },
  ],
};

describe('export files', () => {
  it('names files after the pipeline, without characters a file system refuses', () => {
    expect(fileBaseName(declaration)).toBe('web__prod_');
  });

  it('takes the account from the service role and the Region from the ARNs the pipeline names', () => {
    expect(accountAndRegionOf(declaration)).toEqual({ accountId: '444455556666', region: 'eu-west-1' });
    expect(accountAndRegionOf(declaration, 'arn:aws:codepipeline:us-west-2:444455556666:web').region).toBe('us-west-2');
  });

  it('exports the text the code view holds when it is in step with the draft', () => {
    const text = `# reviewed by the platform team\n${writeCode('cloudformation', declaration)}`;
    const document = { text, declaration, synced: text };
    expect(exportText('cloudformation', declaration, document, 'Pipeline')).toBe(text);
  });

  it('zips both pipeline files, the policy, the spec files and a note of what could not be read', () => {
    const zip = unzipSync(
      bundleZip(declaration, {
        json: '{}\n',
        cloudformation: 'Resources: {}\n',
        policy: '{}\n',
        specFiles: {
          files: [{ path: 'buildspecs/web-build.yml', text: 'version: 0.2\n' }],
          missing: ['AppSpec file of web/prod: none of appspec.yml on branch main of web-app.'],
        },
      }),
    );
    expect(Object.keys(zip).sort()).toEqual([
      'NOT-INCLUDED.txt',
      'buildspecs/web-build.yml',
      'web__prod_-service-role-policy.json',
      'web__prod_.json',
      'web__prod_.template.yaml',
    ]);
    expect(strFromU8(zip['NOT-INCLUDED.txt']!)).toContain('- AppSpec file of web/prod');
  });
});
