import { PageHeader } from '../../../components/page-header';
import { AssociationsPanel } from './associations-panel';
import { CodeReviewsPanel } from './code-reviews-panel';
import { MaintenanceNote } from './maintenance-note';

/** CodeGuru Reviewer: associated repositories and the code reviews of their pull requests and branches. */
export function ReviewerPage() {
  return (
    <div className="space-y-5">
      <PageHeader
        title="CodeGuru Reviewer"
        description="Automated code review of Java and Python: every pull request in an associated CodeCommit repository, and full analyses of a branch on demand. Recommendations appear here and as comments on the pull request."
      />
      <MaintenanceNote />
      <AssociationsPanel />
      <CodeReviewsPanel />
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Simulated: a review takes 90 s plus 10 s per 100 lines of code analysed; recommendations come from ten fixed,
        documented detectors (hard-coded credentials, SQL injection, missing input validation, weak hashing, resource
        leaks, unpaginated AWS list calls, unsafe lazy initialization, HashMap shared between threads, swallowed
        exceptions, mutable default arguments).
      </p>
    </div>
  );
}
