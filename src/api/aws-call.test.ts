import { afterEach, describe, expect, it } from 'vitest';
import { useIdentityStore } from '../stores/identity-store';
import { authorizationFor } from './aws-call';
import { engineStore } from './simulation/engine-store';

describe('authorizationFor', () => {
  afterEach(() => {
    useIdentityStore.setState({ identity: undefined });
    engineStore.setState({ clock: undefined });
  });

  it('sends no credentials as the default user', () => {
    expect(authorizationFor('codecommit')).toEqual({});
  });

  it("signs with the acting identity's key, dated by the simulated clock", () => {
    useIdentityStore.setState({ identity: { kind: 'user', name: 'ben', accessKeyId: 'AKIABEN' } });
    engineStore.setState({
      clock: {
        now: 3_600_000,
        startEpochMs: Date.parse('2026-01-05T23:30:00Z'),
        speed: 1,
        nextAt: null,
        scenarioName: 'x',
      },
    });
    expect(authorizationFor('codecommit')).toEqual({
      authorization: `AWS4-HMAC-SHA256 Credential=AKIABEN/20260106/us-east-1/codecommit/aws4_request, SignedHeaders=content-type;host;x-amz-target, Signature=${'0'.repeat(64)}`,
    });
  });
});
