/** A simulated AWS service as the wire sees it; a service adds an operation by listing it here. */
export interface ServiceApi {
  /** Engine service module name (src/engine/<service>). */
  service: string;
  /** Path under the app's origin: `/aws/<endpointPrefix>`, the counterpart of `<prefix>.<region>.amazonaws.com`. */
  endpointPrefix: string;
  /** `X-Amz-Target` prefix: `<ServicePrefix>_<ApiVersion>`. */
  targetPrefix: string;
  operations: readonly string[];
}

export const endpointPath = (api: ServiceApi) => `/aws/${api.endpointPrefix}`;
