import type { ActionOwner, ActionType } from '@aws-sdk/client-codepipeline';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { awsCall } from '../aws-call';
import { codepipelineKeys } from './keys';
import { codepipeline } from './service';
import type { Wire } from './wire';

export type ActionTypeWire = Wire<ActionType>;

/** Every action type (optionally of one owner), following nextToken. */
export async function listActionTypes(actionOwnerFilter?: ActionOwner): Promise<ActionTypeWire[]> {
  const actionTypes: ActionTypeWire[] = [];
  let nextToken: string | undefined;
  do {
    const page = await awsCall<{ actionTypes?: ActionTypeWire[]; nextToken?: string }>(
      codepipeline,
      'ListActionTypes',
      { actionOwnerFilter, nextToken },
    );
    actionTypes.push(...(page.actionTypes ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return actionTypes;
}

export const listActionTypesQueryOptions = (actionOwnerFilter?: ActionOwner) =>
  queryOptions({
    queryKey: codepipelineKeys.actionTypes(actionOwnerFilter),
    queryFn: () => listActionTypes(actionOwnerFilter),
  });

export const useActionTypes = (actionOwnerFilter?: ActionOwner) =>
  useQuery(listActionTypesQueryOptions(actionOwnerFilter));
