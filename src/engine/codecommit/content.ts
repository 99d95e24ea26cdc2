import { base64, utf8 } from '@scure/base';
import { AwsError } from '../core/aws-error';

/** File content travels base64-encoded on the wire (a JSON 1.1 blob). */
export function decodeContent(encoded: string, field = 'fileContent'): string {
  try {
    return utf8.encode(base64.decode(encoded));
  } catch {
    throw new AwsError('SerializationException', `${field} is not valid base64-encoded data.`);
  }
}

export const encodeContent = (text: string) => base64.encode(utf8.decode(text));

export const byteLength = (text: string) => utf8.decode(text).length;
