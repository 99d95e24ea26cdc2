/**
 * REST-JSON's HTTP bindings (CodeArtifact, CodeGuru): which method and path carry an operation and where each
 * input member travels. Part of each service's model, so the mocked endpoints and the console's client read the
 * same table.
 */

/** How a query-string parameter maps to an input member; numbers, booleans and lists are converted on the way in. */
export type RestJsonQueryBinding = string | { member: string; type: 'number' | 'boolean' | 'list' };

/** One REST-JSON operation's HTTP binding, as the service's model (and the SDK) declares it. */
export interface RestJsonRoute {
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** URI template after the endpoint: `/v1/domain`, `/profilingGroups/{profilingGroupName}`. */
  path: string;
  /** Query-string parameter name → input member (`'domain-owner': 'domainOwner'`). */
  query?: Record<string, RestJsonQueryBinding>;
  /** Header name (lower case) → input member. */
  inputHeaders?: Record<string, string>;
  /** The input member sent as the whole body (a blob or a structure) instead of a JSON object of members. */
  inputPayload?: string;
  /** The output member that is the whole body: a string is sent as it is, anything else as JSON. */
  outputPayload?: string;
  /** Output member → response header (lower case). */
  outputHeaders?: Record<string, string>;
  /** The success status when it is not 200 (CreateProfilingGroup answers 201). */
  status?: number;
}

/** A REST-JSON service (CodeArtifact, CodeGuru): operations are told apart by method and path, not a target header. */
export interface RestJsonServiceApi {
  /** Engine service module name (src/engine/<service>). */
  service: string;
  /** Path under the app's origin: `/aws/<endpointPrefix>`. */
  endpointPrefix: string;
  routes: readonly RestJsonRoute[];
}

const templateSegments = (path: string) => path.split('/').filter((s) => s !== '');

/** The route a request's method and path (after the endpoint) select, with the members its path carries. */
export function matchRestJsonRoute(
  api: RestJsonServiceApi,
  method: string,
  path: string,
): { route: RestJsonRoute; pathMembers: Record<string, string> } | undefined {
  const actual = templateSegments(path);
  for (const route of api.routes) {
    if (route.method !== method) continue;
    const expected = templateSegments(route.path);
    if (expected.length !== actual.length) continue;
    const pathMembers: Record<string, string> = {};
    const matches = expected.every((segment, i) => {
      const value = actual[i] as string;
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment === value;
      pathMembers[param[1] as string] = decodeURIComponent(value);
      return true;
    });
    if (matches) return { route, pathMembers };
  }
  return undefined;
}

/** The HTTP request REST-JSON makes of an operation's input: members go to the path, query, headers or body. */
export function restJsonRequest(
  api: RestJsonServiceApi,
  operation: string,
  input: Record<string, unknown>,
): { route: RestJsonRoute; method: string; path: string; headers: Record<string, string>; body?: string } {
  const route = api.routes.find((r) => r.operation === operation);
  if (!route) throw new Error(`${api.endpointPrefix} has no operation ${operation}`);
  const rest: Record<string, unknown> = { ...input };
  const path = route.path.replace(/\{(\w+)\}/g, (_, member: string) => {
    const value = rest[member];
    delete rest[member];
    return encodeURIComponent(String(value ?? ''));
  });
  const query: string[] = [];
  for (const [name, binding] of Object.entries(route.query ?? {})) {
    const member = typeof binding === 'string' ? binding : binding.member;
    const value = rest[member];
    delete rest[member];
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value])
      query.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(v))}`);
  }
  const headers: Record<string, string> = {};
  for (const [header, member] of Object.entries(route.inputHeaders ?? {})) {
    if (rest[member] !== undefined) headers[header] = String(rest[member]);
    delete rest[member];
  }
  let body: string | undefined;
  if (route.inputPayload) {
    const payload = rest[route.inputPayload];
    if (payload !== undefined) body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    headers['content-type'] = typeof payload === 'string' ? 'application/octet-stream' : 'application/json';
  } else if (route.method !== 'GET' && route.method !== 'DELETE') {
    body = JSON.stringify(rest);
    headers['content-type'] = 'application/json';
  }
  const search = query.join('&');
  return { route, method: route.method, path: search ? `${path}?${search}` : path, headers, body };
}
