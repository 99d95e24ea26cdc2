import { AwsApiError, authorizationFor, whenApiReady } from '../aws-call';

/**
 * Amazon S3 speaks REST-XML, not JSON 1.1: `GET /aws/s3/<bucket>/<key>`, path-style. Errors are `<Error>`
 * documents whose `<Code>` becomes the `AwsApiError` type (`NoSuchKey`).
 */
export const s3Url = (bucket?: string, key?: string, query?: Record<string, string>) => {
  const path = [bucket, ...(key ? key.split('/') : [])]
    .filter((p): p is string => p !== undefined)
    .map(encodeURIComponent)
    .join('/');
  const url = new URL(`aws/s3/${path}`, document.baseURI);
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
  return url;
};

export async function s3Fetch(url: URL, method: 'GET' | 'HEAD' = 'GET'): Promise<Response> {
  await whenApiReady();
  const response = await fetch(url, { method, headers: authorizationFor('s3') });
  if (!response.ok) {
    const text = method === 'HEAD' ? '' : await response.text().catch(() => '');
    const doc = text ? new DOMParser().parseFromString(text, 'application/xml') : undefined;
    const code =
      doc?.querySelector('Error > Code')?.textContent ??
      (response.status === 404 ? 'NotFound' : `HTTP${response.status}`);
    const message = doc?.querySelector('Error > Message')?.textContent ?? response.statusText;
    throw new AwsApiError(code, message, response.status);
  }
  return response;
}

/** The text of each direct child element named `name`. */
export const childText = (el: Element, name: string) =>
  [...el.children].find((c) => c.localName === name)?.textContent ?? undefined;

export const xmlDocument = async (response: Response) =>
  new DOMParser().parseFromString(await response.text(), 'application/xml');
