import type { ServiceModule } from '../core/simulation';
import { GetObject, HeadObject, ListBuckets, ListObjectsV2 } from './operations';

/** Amazon S3, read side: the console lists build artifacts and downloads them (writes come from CodeBuild). */
export const s3: ServiceModule = {
  service: 's3',
  operations: { ListBuckets, ListObjectsV2, GetObject, HeadObject },
};
