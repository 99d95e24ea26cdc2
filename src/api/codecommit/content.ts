/** JSON 1.1 blobs travel base64-encoded; text is sent as UTF-8. Chunked, so a 6 MB file does not overflow the stack. */
export function encodeBase64(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export const decodeBase64 = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/**
 * The bytes as text, or undefined for a binary file: not UTF-8, or a NUL byte in the first 8,000
 * bytes (git's test, and the engine's). A byte-order mark is kept, so an edit round-trips exactly.
 */
export function textOf(bytes: Uint8Array): string | undefined {
  if (bytes.subarray(0, 8000).includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
