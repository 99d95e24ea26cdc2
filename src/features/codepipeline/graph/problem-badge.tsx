/** The red count on a node with problems; the tooltip lists them (the Problems list explains them in full). */
export function ProblemBadge({ problems }: { problems: readonly string[] }) {
  const text = problems.join('\n');
  return (
    <span
      role="img"
      aria-label={`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: ${text}`}
      title={text}
      className="absolute -top-2.5 -right-2.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-600 px-1 text-xs font-bold text-white shadow dark:bg-red-500 dark:text-zinc-950"
    >
      {problems.length}
    </span>
  );
}
