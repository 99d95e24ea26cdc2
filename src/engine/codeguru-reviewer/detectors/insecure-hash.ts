import { codeLines, type Detector, type Finding, type Language } from './detector';

const WEAK_HASH: Record<Language, RegExp> = {
  Python: /\bhashlib\.(md5|sha1)\(|\bhashlib\.new\(\s*["'](md5|sha1)["']|\b(MD5|SHA)\.new\(/i,
  Java: /MessageDigest\.getInstance\(\s*"(MD5|MD2|SHA-?1|SHA)"|DigestUtils\.(md5|sha1)\w*\(/i,
};

/** MD5 or SHA-1 from the standard libraries (hashlib, MessageDigest, commons-codec DigestUtils). */
export const insecureHash: Detector = {
  ruleId: 'insecure-hashing',
  ruleName: 'Insecure hashing',
  shortDescription: 'MD5 and SHA-1 are broken for security purposes.',
  longDescription:
    'Collisions for MD5 and SHA-1 can be computed, so they must not protect passwords, signatures or integrity checks. Use SHA-256 or stronger for integrity, and a password hashing function (bcrypt, scrypt, Argon2, PBKDF2) for passwords.',
  ruleTags: ['security', 'cryptography', 'cwe-327', 'cwe-328'],
  severity: 'Medium',
  category: () => 'SecurityIssues',
  languages: ['Java', 'Python'],
  detect: (file) => {
    const findings: Finding[] = [];
    for (const { number, code } of codeLines(file)) {
      const match = WEAK_HASH[file.language].exec(code);
      if (!match) continue;
      const algorithm = (match.slice(1).find((g) => g !== undefined) ?? 'MD5').toUpperCase().replace('SHA1', 'SHA-1');
      findings.push({
        startLine: number,
        endLine: number,
        description: `${algorithm === 'SHA' ? 'SHA-1' : algorithm} is a weak hash: collisions can be computed, so it does not protect integrity or passwords. Use SHA-256 (${file.language === 'Python' ? 'hashlib.sha256' : 'MessageDigest.getInstance("SHA-256")'}) for integrity, or a password hashing function such as bcrypt or Argon2 for passwords.`,
      });
    }
    return findings;
  },
};
