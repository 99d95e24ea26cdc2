import { describe, expect, it } from 'vitest';
import { policyDiagnostics } from './policy-diagnostics';

const ok = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 'codeartifact:ReadFromRepository',
        Resource: '*',
      },
    ],
  },
  null,
  2,
);

describe('policyDiagnostics', () => {
  it('accepts a complete policy', () => {
    expect(policyDiagnostics(ok)).toEqual([]);
  });

  it('points at the line where the JSON breaks', () => {
    const [d] = policyDiagnostics('{\n  "Version": "2012-10-17",\n  "Statement": [\n}');
    expect(d).toMatchObject({ code: 'json-syntax', line: 4 });
  });

  it('names the statement that lacks an Effect or a Principal, at its line', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Action": "codeartifact:*" }\n  ]\n}';
    expect(policyDiagnostics(text).map((d) => [d.code, d.line, d.message])).toEqual([
      ['policy-effect', 4, 'Statement 1: Effect must be "Allow" or "Deny".'],
      [
        'policy-principal',
        4,
        'Statement 1: a resource policy names its Principal ({"AWS": "arn:aws:iam::111122223333:root"}).',
      ],
    ]);
  });

  it('refuses an empty document and a missing Version', () => {
    expect(policyDiagnostics('  ').map((d) => d.code)).toEqual(['policy-empty']);
    expect(policyDiagnostics('{"Statement": []}').map((d) => d.code)).toEqual(['policy-version', 'policy-statement']);
  });
});
