import { s3Fetch, s3Url } from './service';

/** GetObject as a Blob with the object's Content-Type, for a download link. */
export async function getObject(bucket: string, key: string): Promise<Blob> {
  const response = await s3Fetch(s3Url(bucket, key));
  return response.blob();
}
