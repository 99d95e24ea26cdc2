/** The real service's status, said plainly wherever repositories are associated. */
export function MaintenanceNote() {
  return (
    <div
      role="note"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p>
        <span className="font-semibold">Amazon CodeGuru Reviewer is in maintenance mode:</span> since 7 November 2025 it
        accepts no new repository associations. The simulator keeps it so you can learn how automated code review fits a
        pipeline.
      </p>
    </div>
  );
}
