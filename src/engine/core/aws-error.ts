/**
 * An error the real service would return: `type` is the wire `__type`, `status` the HTTP status.
 * Operations throw it before they change anything, so a failed command leaves the world as it was.
 */
export class AwsError extends Error {
  readonly type: string;
  readonly status: number;

  constructor(type: string, message: string, status = 400) {
    super(message);
    this.name = type;
    this.type = type;
    this.status = status;
  }
}

export interface AwsErrorShape {
  type: string;
  message: string;
  status: number;
}

export const toErrorShape = (e: AwsError): AwsErrorShape => ({
  type: e.type,
  message: e.message,
  status: e.status,
});
