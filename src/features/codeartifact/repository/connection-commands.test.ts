import { describe, expect, it } from 'vitest';
import { connectionCommands } from './connection-commands';

const endpoint = 'https://d-111122223333.d.codeartifact.us-east-1.amazonaws.com/maven/r/';

describe('connection instructions', () => {
  it('uses aws codeartifact login for npm', () => {
    expect(connectionCommands('npm', 'd', '111122223333', 'r', endpoint)).toEqual([
      {
        label: 'Configure npm',
        command: 'aws codeartifact login --tool npm --domain d --domain-owner 111122223333 --repository r',
      },
    ]);
  });

  it('offers pip and twine for PyPI', () => {
    expect(connectionCommands('pypi', 'd', '111122223333', 'r', endpoint).map((c) => c.label)).toEqual([
      'Configure pip',
      'Configure twine',
    ]);
  });

  it('falls back to a token and the endpoint for Maven, which login does not configure', () => {
    const commands = connectionCommands('maven', 'd', '111122223333', 'r', endpoint);
    expect(commands[0]?.command).toContain(
      'aws codeartifact get-authorization-token --domain d --domain-owner 111122223333',
    );
    expect(commands[1]?.command).toBe(endpoint);
  });
});
