import { useIdentityStore } from '../stores/identity-store';
import { engineStore } from './simulation/engine-store';

/**
 * Calls a (mocked) AWS service over its real wire protocol, AWS JSON 1.1. Calls made before the
 * simulated account is up wait for it rather than fail.
 */
export interface ServiceEndpoint {
  endpointPrefix: string;
  targetPrefix: string;
}

/** An error answer from a service: `type` is the AWS exception name (`RepositoryNameExistsException`). */
export class AwsApiError extends Error {
  readonly type: string;
  readonly status: number;

  constructor(type: string, message: string, status: number) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
  }
}

let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});

/** Called once the engine runs and the mocked endpoints answer. */
export const markApiReady = () => markReady();

/** Resolves once the mocked endpoints answer (for callers that speak other protocols, such as S3's REST-XML). */
export const whenApiReady = () => ready;

/** The console's Region in credential scopes; the simulated services read only the key (docs/identity.md). */
const SIGNING_REGION = 'us-east-1';

/**
 * SigV4's Authorization header for the identity the console acts as, or none for the account's
 * default user. Only the access key matters to the simulated services, so the signature is zeros.
 */
export function authorizationFor(service: string): Record<string, string> {
  const identity = useIdentityStore.getState().identity;
  if (!identity) return {};
  const clock = engineStore.getState().clock;
  const date = new Date(clock ? clock.startEpochMs + clock.now : Date.now())
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  return {
    authorization: `AWS4-HMAC-SHA256 Credential=${identity.accessKeyId}/${date}/${SIGNING_REGION}/${service}/aws4_request, SignedHeaders=content-type;host;x-amz-target, Signature=${'0'.repeat(64)}`,
  };
}

export async function awsCall<TOutput>(
  service: ServiceEndpoint,
  operation: string,
  input: object = {},
): Promise<TOutput> {
  await ready;
  const response = await fetch(new URL(`aws/${service.endpointPrefix}`, document.baseURI), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${service.targetPrefix}.${operation}`,
      ...authorizationFor(service.endpointPrefix),
    },
    body: JSON.stringify(input),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const type = typeof body.__type === 'string' ? body.__type.replace(/^.*#/, '') : `HTTP${response.status}`;
    const message = typeof body.message === 'string' ? body.message : response.statusText;
    throw new AwsApiError(type, message, response.status);
  }
  return body as TOutput;
}
