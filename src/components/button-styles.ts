type Variant = 'primary' | 'normal' | 'danger';

const base =
  'inline-flex items-center justify-center gap-1.5 rounded-full px-4 py-1.5 text-sm font-semibold whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50';

const variants: Record<Variant, string> = {
  primary:
    'bg-accent text-white hover:bg-accent-strong disabled:hover:bg-accent dark:bg-accent-night dark:text-zinc-950 dark:hover:bg-sky-300',
  normal:
    'border border-zinc-400 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800',
  danger: 'bg-red-700 text-white hover:bg-red-800 disabled:hover:bg-red-700 dark:bg-red-500 dark:text-zinc-950',
};

/** Class names for buttons and for links that look like buttons, so both share one look. */
export const buttonClass = (variant: Variant = 'normal', extra = '') => `${base} ${variants[variant]} ${extra}`.trim();

export const linkClass = 'text-accent hover:underline dark:text-accent-night';

export const inputClass =
  'block rounded-md border border-zinc-400 bg-white px-2.5 py-1.5 text-sm text-ink placeholder:text-zinc-500 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100';
