import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AwsApiError } from '../aws-call';
import { restJsonCall } from '../rest-json-call';
import { profilerKeys } from './keys';
import { codeguruProfiler } from './service';
import type { Anomaly, FindingsReportSummary, ProfileDocument, Recommendation } from './wire-types';

/** A time range as the API takes it: ISO start and end. */
export interface TimeRange {
  startTime: string;
  endTime: string;
}

/** What GetProfile is asked for: a range, or only a period (the latest aggregated profile of that length). */
export type ProfileQuery = TimeRange | { period: 'PT5M' | 'PT1H' | 'P1D' };

/** GetProfile: the aggregated profile asked for, or undefined when there is none yet (ResourceNotFound). */
export async function getProfile(
  profilingGroupName: string,
  range: ProfileQuery,
): Promise<ProfileDocument | undefined> {
  try {
    const { profile } = await restJsonCall<{ profile: ProfileDocument | string }>(codeguruProfiler, 'GetProfile', {
      profilingGroupName,
      ...range,
      accept: 'application/json',
    });
    return typeof profile === 'string' ? (JSON.parse(profile) as ProfileDocument) : profile;
  } catch (e) {
    if (e instanceof AwsApiError && e.type === 'ResourceNotFoundException') return undefined;
    throw e;
  }
}

export const useProfile = (name: string, range: ProfileQuery) =>
  useQuery({
    queryKey: profilerKeys.profile(name, range),
    queryFn: () => getProfile(name, range),
    placeholderData: keepPreviousData,
  });

export const getRecommendations = (profilingGroupName: string, range: TimeRange) =>
  restJsonCall<{ recommendations: Recommendation[]; anomalies: Anomaly[] }>(codeguruProfiler, 'GetRecommendations', {
    profilingGroupName,
    ...range,
  });

export const useRecommendations = (name: string, range: TimeRange) =>
  useQuery({
    queryKey: profilerKeys.recommendations(name, range),
    queryFn: () => getRecommendations(name, range),
    placeholderData: keepPreviousData,
  });

export const listFindingsReports = (profilingGroupName: string, range: TimeRange) =>
  restJsonCall<{ findingsReportSummaries: FindingsReportSummary[] }>(codeguruProfiler, 'ListFindingsReports', {
    profilingGroupName,
    ...range,
  }).then((o) => o.findingsReportSummaries);

export const useFindingsReports = (name: string, range: TimeRange) =>
  useQuery({ queryKey: profilerKeys.findingsReports(name, range), queryFn: () => listFindingsReports(name, range) });

export const listProfileTimes = (profilingGroupName: string, range: TimeRange, period: 'PT5M' | 'PT1H' | 'P1D') =>
  restJsonCall<{ profileTimes: { start: string }[] }>(codeguruProfiler, 'ListProfileTimes', {
    profilingGroupName,
    ...range,
    period,
    orderBy: 'TimestampAscending',
    maxResults: 1000,
  }).then((o) => o.profileTimes);

export const useProfileTimes = (name: string, range: TimeRange, period: 'PT5M' | 'PT1H' | 'P1D') =>
  useQuery({
    queryKey: profilerKeys.profileTimes(name, { ...range, period }),
    queryFn: () => listProfileTimes(name, range, period),
  });
