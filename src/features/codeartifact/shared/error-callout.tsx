import { ErrorCallout as ServiceErrorCallout } from '../../../components/error-callout';

/** What CodeArtifact's exceptions mean, in plain words, shown under the service's own message. */
export const CODEARTIFACT_EXPLANATIONS: Readonly<Record<string, string>> = {
  ValidationException:
    'A value breaks one of CodeArtifact’s rules (a name’s pattern or length, a format, a list that is too long). The message says which member and which rule.',
  ConflictException:
    'The change clashes with what already exists: a name in use, an upstream that would make a cycle, a repository that already has an external connection, or a version that already exists.',
  ResourceNotFoundException:
    'The domain, repository, package, version or policy named does not exist (or was deleted meanwhile).',
  ServiceQuotaExceededException:
    'A quota is reached: at most 10 domains per account, 10 direct upstreams per repository, one external connection per repository.',
  AccessDeniedException:
    'The identity you are acting as is not allowed this action: a domain or repository policy lets a principal read all packages of a repository or none.',
  ThrottlingException: 'Too many requests of this kind in a second; try again.',
  InternalServerException: 'The service failed to answer; nothing was changed.',
};

/** A CodeArtifact refusal with what it means. */
export const ErrorCallout = ({ error, compact = false }: { error: unknown; compact?: boolean }) => (
  <ServiceErrorCallout error={error} explanations={CODEARTIFACT_EXPLANATIONS} compact={compact} />
);
