import { z } from 'zod';
import { isValidBucketName } from './public';

export const S3ScenarioSchema = z
  .strictObject({
    buckets: z
      .array(z.string().refine(isValidBucketName, 'Bucket names are 3-63 lowercase letters, digits, "." and "-"'))
      .default([]),
  })
  .describe('S3 buckets (build artifacts, caches, `aws s3 cp`).');
