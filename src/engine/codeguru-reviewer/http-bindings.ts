import type { RestJsonServiceApi } from '../core/rest-json';

/** CodeGuru Reviewer's REST-JSON routes, as the 2019-09-19 model (and @aws-sdk/client-codeguru-reviewer) has them. */
export const codeguruReviewerApi: RestJsonServiceApi = {
  service: 'codeguru-reviewer',
  endpointPrefix: 'codeguru-reviewer',
  routes: [
    { operation: 'AssociateRepository', method: 'POST', path: '/associations' },
    { operation: 'CreateCodeReview', method: 'POST', path: '/codereviews' },
    { operation: 'DescribeCodeReview', method: 'GET', path: '/codereviews/{CodeReviewArn}' },
    {
      operation: 'DescribeRecommendationFeedback',
      method: 'GET',
      path: '/feedback/{CodeReviewArn}',
      query: { RecommendationId: 'RecommendationId', UserId: 'UserId' },
    },
    { operation: 'DescribeRepositoryAssociation', method: 'GET', path: '/associations/{AssociationArn}' },
    { operation: 'DisassociateRepository', method: 'DELETE', path: '/associations/{AssociationArn}' },
    {
      operation: 'ListCodeReviews',
      method: 'GET',
      path: '/codereviews',
      query: {
        Type: 'Type',
        ProviderTypes: { member: 'ProviderTypes', type: 'list' },
        States: { member: 'States', type: 'list' },
        RepositoryNames: { member: 'RepositoryNames', type: 'list' },
        MaxResults: { member: 'MaxResults', type: 'number' },
        NextToken: 'NextToken',
      },
    },
    {
      operation: 'ListRecommendationFeedback',
      method: 'GET',
      path: '/feedback/{CodeReviewArn}/RecommendationFeedback',
      query: {
        NextToken: 'NextToken',
        MaxResults: { member: 'MaxResults', type: 'number' },
        UserIds: { member: 'UserIds', type: 'list' },
        RecommendationIds: { member: 'RecommendationIds', type: 'list' },
      },
    },
    {
      operation: 'ListRecommendations',
      method: 'GET',
      path: '/codereviews/{CodeReviewArn}/Recommendations',
      query: { NextToken: 'NextToken', MaxResults: { member: 'MaxResults', type: 'number' } },
    },
    {
      operation: 'ListRepositoryAssociations',
      method: 'GET',
      path: '/associations',
      query: {
        ProviderType: { member: 'ProviderTypes', type: 'list' },
        State: { member: 'States', type: 'list' },
        Name: { member: 'Names', type: 'list' },
        Owner: { member: 'Owners', type: 'list' },
        MaxResults: { member: 'MaxResults', type: 'number' },
        NextToken: 'NextToken',
      },
    },
    { operation: 'PutRecommendationFeedback', method: 'PUT', path: '/feedback' },
  ],
};
