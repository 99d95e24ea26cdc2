import { ErrorCallout as ServiceErrorCallout } from '../../../components/error-callout';
import { CODEDEPLOY_ERROR_EXPLANATIONS } from '../../../engine/codedeploy/errors';

/** A CodeDeploy refusal with CodeDeploy's explanation of it. */
export const ErrorCallout = ({ error, compact = false }: { error: unknown; compact?: boolean }) => (
  <ServiceErrorCallout error={error} explanations={CODEDEPLOY_ERROR_EXPLANATIONS} compact={compact} />
);
