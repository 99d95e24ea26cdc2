import { describe, expect, it } from 'vitest';
import { domainNameProblems, repositoryNameProblems } from './names';

describe('domain names', () => {
  it('accepts names of the documented pattern', () => {
    expect(domainNameProblems('my-domain2')).toEqual([]);
    expect(domainNameProblems('ab')).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(domainNameProblems('My_Domain-')).toEqual([
      'Start with a lowercase letter.',
      'Use only lowercase letters, digits and hyphens (not “M” “_” “D”).',
      'End with a lowercase letter or a digit, not a hyphen.',
    ]);
    expect(domainNameProblems('a')).toEqual(['Use 2 to 50 characters (this has 1).']);
    expect(domainNameProblems('a'.repeat(51))).toEqual(['Use 2 to 50 characters (this has 51).']);
    expect(domainNameProblems('1abc')).toEqual(['Start with a lowercase letter.']);
  });
});

describe('repository names', () => {
  it('accepts letters, digits, dots, underscores and hyphens', () => {
    expect(repositoryNameProblems('My.Repo_1-x')).toEqual([]);
  });

  it('refuses a leading dot and other characters', () => {
    expect(repositoryNameProblems('.repo/x')).toEqual([
      'Start with a letter or a digit.',
      'Use only letters, digits, dots, underscores and hyphens (not “/”).',
    ]);
  });
});
