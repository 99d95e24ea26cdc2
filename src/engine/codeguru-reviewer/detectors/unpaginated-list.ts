import { codeLines, type Detector, type Finding, type Language } from './detector';

const LIST_CALL: Record<Language, RegExp> = {
  Python:
    /\.(list_objects_v2|list_objects|list_buckets|list_object_versions|list_functions|list_users|list_roles|list_tables|describe_instances|scan)\(/,
  Java: /\.(listObjectsV2|listObjects|listBuckets|listObjectVersions|listFunctions|listUsers|listRoles|listTables|describeInstances|scan)\(/,
};

/** Signs that the code follows the pages: a paginator, or the continuation fields of the response. */
const PAGINATES: Record<Language, RegExp> = {
  Python:
    /get_paginator|ContinuationToken|NextContinuationToken|IsTruncated|NextMarker|\bMarker\b|NextToken|LastEvaluatedKey/,
  Java: /Paginator|Iterable\(|continuationToken|nextContinuationToken|isTruncated|nextMarker|nextToken|lastEvaluatedKey/i,
};

/**
 * An AWS SDK list call whose answer is paginated (S3 returns at most 1,000 keys per call) used in a file that
 * never follows the pages: no paginator, no continuation token, marker or truncation check anywhere in the file.
 */
export const unpaginatedList: Detector = {
  ruleId: 'aws-unpaginated-list-call',
  ruleName: 'Missing pagination',
  shortDescription: 'Paginated AWS API calls should follow every page of results.',
  longDescription:
    'List and scan operations return one page of results at a time (for example at most 1,000 S3 keys). Code that reads only the first page silently misses the rest once the account grows. Use the SDK paginator (boto3 get_paginator, the AWS SDK for Java 2.x ...Paginator methods) or loop on the continuation token.',
  ruleTags: ['aws', 'pagination', 'aws-sdk', 'correctness'],
  severity: 'Medium',
  category: () => 'AWSBestPractices',
  languages: ['Java', 'Python'],
  detect: (file) => {
    const lines = codeLines(file);
    if (lines.some((l) => PAGINATES[file.language].test(l.code))) return [];
    const findings: Finding[] = [];
    for (const { number, code } of lines) {
      const call = LIST_CALL[file.language].exec(code);
      if (!call) continue;
      const op = call[1] as string;
      const paginator = file.language === 'Python' ? `client.get_paginator('${op}')` : `the ${op}Paginator method`;
      findings.push({
        startLine: number,
        endLine: number,
        description: `${op} returns one page of results, and nothing here asks for the next one, so results past the first page are silently ignored. Use ${paginator} and iterate over every page, or loop while the response says it is truncated.`,
      });
    }
    return findings;
  },
};
