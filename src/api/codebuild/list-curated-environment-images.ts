import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codebuildKeys } from './keys';
import { codebuild } from './service';

interface Platform {
  platform: string;
  languages: { language: string; images: { name: string; description?: string; versions?: string[] }[] }[];
}

export interface CuratedImage {
  name: string;
  description?: string;
  platform: string;
}

/** The curated images, one entry per image name, in the order CodeBuild lists them. */
export async function listCuratedEnvironmentImages(): Promise<CuratedImage[]> {
  const out = await awsCall<{ platforms?: Platform[] }>(codebuild, 'ListCuratedEnvironmentImages');
  const seen = new Map<string, CuratedImage>();
  for (const p of out.platforms ?? [])
    for (const l of p.languages)
      for (const i of l.images)
        if (!seen.has(i.name))
          seen.set(i.name, {
            name: i.name,
            platform: p.platform,
            ...(i.description && { description: i.description }),
          });
  return [...seen.values()];
}

export const useCuratedImages = () =>
  useQuery(
    queryOptions({ queryKey: codebuildKeys.images(), queryFn: listCuratedEnvironmentImages, staleTime: Infinity }),
  );
