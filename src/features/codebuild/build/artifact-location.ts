/**
 * Where a build put its artifact: `arn:aws:s3:::bucket/path/name.zip` → the bucket, the object key and the
 * prefix to list (the folder the object is in, or the key itself for unpackaged artifacts). A pipeline's build
 * stores its output artifact as one zip named without an extension (`pipeline/BuildArtif/Ab3xYz9`).
 */
export function artifactLocation(location: string | undefined, { inPipeline = false } = {}) {
  if (!location) return undefined;
  const path = location.replace(/^arn:aws:s3:::/, '');
  const slash = path.indexOf('/');
  if (slash <= 0) return { bucket: path, key: '', prefix: '' };
  const bucket = path.slice(0, slash);
  const key = path.slice(slash + 1);
  if (inPipeline) return { bucket, key, prefix: key, zipped: true };
  const zipped = /\.zip$/i.test(key);
  const prefix = zipped ? key.slice(0, key.lastIndexOf('/') + 1) : key.endsWith('/') ? key : `${key}/`;
  return { bucket, key, prefix, zipped };
}
