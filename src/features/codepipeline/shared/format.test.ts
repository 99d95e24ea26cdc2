import { describe, expect, it } from 'vitest';
import { arnName, firstLine, isWebLink, shortRevision, supersedingExecutionId, triggerText } from './format';

describe('how executions read in the console', () => {
  it('shortens a commit ID to 7 characters and leaves other revisions whole', () => {
    expect(shortRevision('8a68bcef8b60d2f387b204c9d578902f684e78b1')).toBe('8a68bce');
    expect(shortRevision('3HL4kqtJlcpXroDTDmjVBH40Nrjfkd')).toBe('3HL4kqtJlcpXroDTDmjVBH40Nrjfkd');
    expect(firstLine('Serve a health check\n\nLong body')).toBe('Serve a health check');
  });

  it('names the trigger by its type and who or what started it', () => {
    expect(
      triggerText({ triggerType: 'StartPipelineExecution', triggerDetail: 'arn:aws:iam::123456789012:user/ana' }),
    ).toEqual({ type: 'StartPipelineExecution', detail: 'ana' });
    expect(triggerText(undefined)).toEqual({ type: '–' });
    expect(arnName('arn:aws:events:us-east-1:123456789012:rule/demo-pipeline-main')).toBe('demo-pipeline-main');
  });

  it('finds the superseding execution named in a status summary', () => {
    expect(supersedingExecutionId('Superseded by execution 0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9')).toBe(
      '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
    );
    expect(supersedingExecutionId(undefined)).toBeUndefined();
  });

  it('links an approval URL only when it is a web address', () => {
    expect(isWebLink('https://example.com/staging')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('data:text/html,<b>x</b>')).toBe(false);
  });
});
