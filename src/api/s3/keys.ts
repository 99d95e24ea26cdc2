/** Query keys for S3 reads. S3 emits no events here; artifact views read once a build has completed. */
export const s3Keys = {
  all: ['s3'] as const,
  buckets: () => [...s3Keys.all, 'buckets'] as const,
  objects: (bucket: string, prefix: string) => [...s3Keys.all, 'objects', bucket, prefix] as const,
};
