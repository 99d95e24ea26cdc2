import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { decodeBase64, textOf } from './content';
import { codecommitKeys } from './keys';
import { codecommit } from './service';

export interface Blob {
  /** The content as UTF-8 text, or undefined when it is binary. */
  text: string | undefined;
  size: number;
}

function decode(base64: string): Blob {
  const bytes = decodeBase64(base64);
  return { text: textOf(bytes), size: bytes.length };
}

export const getBlob = (repositoryName: string, blobId: string) =>
  awsCall<{ content: string }>(codecommit, 'GetBlob', { repositoryName, blobId }).then((o) => decode(o.content));

/** Blobs are named by their content, so once read they stay cached. */
export const getBlobQueryOptions = (repositoryName: string, blobId: string) =>
  queryOptions({
    queryKey: codecommitKeys.blob(repositoryName, blobId),
    queryFn: () => getBlob(repositoryName, blobId),
    staleTime: Infinity,
  });

export const useBlob = (repositoryName: string, blobId: string | undefined) =>
  useQuery({ ...getBlobQueryOptions(repositoryName, blobId ?? ''), enabled: blobId !== undefined });
