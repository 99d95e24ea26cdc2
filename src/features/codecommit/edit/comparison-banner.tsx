import { buttonClass } from '../../../components/button-styles';
import { shortId } from '../commit-format';

interface ComparisonBannerProps {
  branch: string;
  commitId: string;
  onClose: () => void;
}

/** Says what the two sides of the comparison are, and that committing now builds on the latest commit. */
export function ComparisonBanner({ branch, commitId, onClose }: ComparisonBannerProps) {
  return (
    <div className="flex flex-wrap items-center gap-3 border-b border-zinc-200 bg-sky-50 px-4 py-2 text-sm dark:border-zinc-800 dark:bg-sky-950/40">
      <p className="flex-1">
        Left: the latest version on {branch} (commit <code className="font-mono">{shortId(commitId)}</code>), read-only.
        Right: your edit, which will be committed on top of it.
      </p>
      <button type="button" className={buttonClass('normal')} onClick={onClose}>
        Close comparison
      </button>
    </div>
  );
}
