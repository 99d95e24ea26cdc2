import { queryOptions, useQuery } from '@tanstack/react-query';
import { s3Keys } from './keys';
import { childText, s3Fetch, s3Url, xmlDocument } from './service';

export interface S3ObjectSummary {
  key: string;
  size: number;
  etag: string;
  lastModified: number;
}

/** Every object under a prefix (ListObjectsV2, following continuation tokens). */
export async function listObjectsV2(bucket: string, prefix: string): Promise<S3ObjectSummary[]> {
  const objects: S3ObjectSummary[] = [];
  let token: string | undefined;
  do {
    const url = s3Url(bucket, undefined, {
      'list-type': '2',
      prefix,
      ...(token !== undefined && { 'continuation-token': token }),
    });
    const doc = await xmlDocument(await s3Fetch(url));
    for (const c of doc.getElementsByTagName('Contents')) {
      objects.push({
        key: childText(c, 'Key') ?? '',
        size: Number(childText(c, 'Size') ?? 0),
        etag: childText(c, 'ETag') ?? '',
        lastModified: Date.parse(childText(c, 'LastModified') ?? ''),
      });
    }
    const root = doc.documentElement;
    token = childText(root, 'IsTruncated') === 'true' ? childText(root, 'NextContinuationToken') : undefined;
  } while (token);
  return objects;
}

export const listObjectsV2QueryOptions = (bucket: string, prefix: string) =>
  queryOptions({ queryKey: s3Keys.objects(bucket, prefix), queryFn: () => listObjectsV2(bucket, prefix) });

export const useObjects = (bucket: string, prefix: string, enabled = true) =>
  useQuery({ ...listObjectsV2QueryOptions(bucket, prefix), enabled });
