import { base64, utf8 } from '@scure/base';
import { AwsError } from '../core/aws-error';

/**
 * A file's bytes as the world stores them: text as a plain string (so saved worlds stay readable
 * and older ones load unchanged), anything else as base64 under a marker key. Text means valid
 * UTF-8 without a NUL byte, the same test git uses to call a file binary.
 */
export type BlobContent = string | { base64: string };

const BINARY_PROBE_BYTES = 8000;

export function blobFromBytes(bytes: Uint8Array): BlobContent {
  if (!bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    try {
      return utf8.encode(bytes);
    } catch {
      // Not UTF-8: kept as bytes below.
    }
  }
  return { base64: base64.encode(bytes) };
}

export const blobBytes = (blob: BlobContent): Uint8Array =>
  typeof blob === 'string' ? utf8.decode(blob) : base64.decode(blob.base64);

/** The text of a text file; undefined for a binary one. */
export const blobText = (blob: BlobContent): string | undefined => (typeof blob === 'string' ? blob : undefined);

/** File content travels base64-encoded on the wire (a JSON 1.1 blob). */
export function decodeContent(encoded: string, field = 'fileContent'): BlobContent {
  let bytes: Uint8Array;
  try {
    bytes = base64.decode(encoded);
  } catch {
    throw new AwsError('SerializationException', `${field} is not valid base64-encoded data.`);
  }
  return blobFromBytes(bytes);
}

export const encodeContent = (blob: BlobContent) =>
  typeof blob === 'string' ? base64.encode(utf8.decode(blob)) : blob.base64;

export const byteLength = (blob: BlobContent) => blobBytes(blob).length;
