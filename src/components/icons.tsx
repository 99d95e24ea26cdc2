import type { SVGProps } from 'react';

/** Inline icons (no icon font or CDN); decorative, so hidden from assistive technology. */
function Icon({ children, ...props }: SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

export const PauseIcon = () => (
  <Icon>
    <path d="M5.5 3.5v9M10.5 3.5v9" />
  </Icon>
);

export const StepIcon = () => (
  <Icon>
    <path d="M4 3.5l6 4.5-6 4.5z" />
    <path d="M12.5 3.5v9" />
  </Icon>
);

export const FolderIcon = () => (
  <Icon>
    <path d="M1.5 4.5a1 1 0 0 1 1-1h3.5l1.5 1.5h6a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1z" />
  </Icon>
);

export const FileIcon = () => (
  <Icon>
    <path d="M4 1.5h5.5l3 3v10H4z" />
    <path d="M9.5 1.5v3h3" />
  </Icon>
);

export const ChevronDownIcon = () => (
  <Icon>
    <path d="M4 6l4 4 4-4" />
  </Icon>
);

export const CopyIcon = () => (
  <Icon>
    <rect x="5.5" y="5.5" width="8" height="8" rx="1" />
    <path d="M10.5 5.5v-3h-8v8h3" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="M4 4l8 8M12 4l-8 8" />
  </Icon>
);

export const SunIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="3" />
    <path d="M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1" />
  </Icon>
);

export const MoonIcon = () => (
  <Icon>
    <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7z" />
  </Icon>
);

export const MonitorIcon = () => (
  <Icon>
    <rect x="1.5" y="2.5" width="13" height="9" rx="1" />
    <path d="M5.5 14.5h5M8 11.5v3" />
  </Icon>
);

export const KeyboardIcon = () => (
  <Icon>
    <rect x="1.5" y="4" width="13" height="8" rx="1" />
    <path d="M4 6.5h1M7 6.5h1M10 6.5h2M4.5 9.5h7" />
  </Icon>
);

export const AlertIcon = () => (
  <Icon>
    <path d="M8 1.5l6.5 12h-13z" />
    <path d="M8 6v3.5M8 11.5v.5" />
  </Icon>
);

export const ArrowRightIcon = () => (
  <Icon>
    <path d="M2.5 8h10M9 4.5L12.5 8 9 11.5" />
  </Icon>
);
