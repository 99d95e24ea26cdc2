import { codeOf, type Detector, type Finding } from './detector';

const ACCESS_KEY = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
/** A 40-character secret access key assigned to something named like one. */
const SECRET_KEY = /(secret_?access_?key|secret_?key|aws_?secret)\w*["']?\s*[:=]\s*["'][A-Za-z0-9/+]{40}["']/i;
/** A non-empty literal assigned to (or passed as) something named like a password. */
const PASSWORD = /\b\w*(password|passwd|pwd)\w*["']?\s*[:=]\s*["'][^"']{3,}["']/i;

/**
 * Credentials written into the source: an AWS access key ID (`AKIA…`/`ASIA…`, on any line, comments included,
 * since a key in a comment leaks all the same), a 40-character secret key, or a password literal.
 */
export const hardcodedCredentials: Detector = {
  ruleId: 'security-hardcoded-credentials',
  ruleName: 'Hardcoded credentials',
  shortDescription: 'Credentials, such as passwords and access keys, should not be hardcoded in source code.',
  longDescription:
    'Anyone who can read the repository, its history or a build artifact can use credentials written into the code. Read them at run time from AWS Secrets Manager, AWS Systems Manager Parameter Store or the environment, and rotate any key that was committed.',
  ruleTags: ['security', 'secrets', 'credentials', 'cwe-798'],
  severity: 'Critical',
  category: () => 'SecurityIssues',
  languages: ['Java', 'Python'],
  detect: (file) => {
    const findings: Finding[] = [];
    file.lines.forEach((line, i) => {
      const code = codeOf(line, file.language);
      const accessKey = ACCESS_KEY.exec(line);
      const description = accessKey
        ? `This line contains the AWS access key ID ${accessKey[0].slice(0, 4)}…${accessKey[0].slice(-4)}. Hardcoded AWS credentials can be used by anyone who can read this code. Remove the key, deactivate it in IAM, and let the SDK find credentials through its default provider chain (an IAM role for the build or the instance).`
        : SECRET_KEY.test(code)
          ? 'This line assigns an AWS secret access key literal. Hardcoded secrets can be used by anyone who can read this code. Read the secret at run time from AWS Secrets Manager, or rely on an IAM role, and rotate the key that was committed.'
          : PASSWORD.test(code)
            ? 'This line assigns a password literal. Hardcoded passwords can be read by anyone with access to the repository and cannot be rotated without a code change. Read the password at run time from AWS Secrets Manager or AWS Systems Manager Parameter Store.'
            : undefined;
      if (description) findings.push({ startLine: i + 1, endLine: i + 1, description });
    });
    return findings;
  },
};
