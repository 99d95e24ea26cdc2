import { queryOptions, useQuery } from '@tanstack/react-query';
import { s3Keys } from './keys';
import { childText, s3Fetch, s3Url, xmlDocument } from './service';

/** The account's bucket names (ListBuckets). */
export async function listBuckets(): Promise<string[]> {
  const doc = await xmlDocument(await s3Fetch(s3Url()));
  return [...doc.getElementsByTagName('Bucket')].map((b) => childText(b, 'Name') ?? '');
}

export const listBucketsQueryOptions = () => queryOptions({ queryKey: s3Keys.buckets(), queryFn: listBuckets });

export const useBuckets = () => useQuery(listBucketsQueryOptions());
