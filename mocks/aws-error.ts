import { HttpResponse } from 'msw';

export const AMZ_JSON_1_1 = 'application/x-amz-json-1.1';

/** The one way an error leaves the mocked services: JSON 1.1's `__type` + `message`, with the status. */
export function awsError(
  type: string,
  message: string,
  status = 400,
): HttpResponse<{ __type: string; message: string }> {
  return HttpResponse.json(
    { __type: type, message },
    { status, headers: { 'content-type': AMZ_JSON_1_1, 'x-amzn-errortype': type } },
  );
}
