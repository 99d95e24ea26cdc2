import { useEffect, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { buttonClass } from './button-styles';
import { Dialog, DialogActions } from './dialog';

interface LeaveGuardProps {
  /** Read at navigation time, so a save that just succeeded is never blocked. */
  hasUnsavedChanges: () => boolean;
  /** What is unsaved and where the draft waits ("… stay here as a draft: open the editor again to carry on"). */
  message: ReactNode;
  onDiscard: () => void;
}

/**
 * Asks before leaving an editor with unsaved changes: in the app (the draft is kept unless discarded) and
 * when the tab closes or reloads (the browser's own prompt).
 */
export function LeaveGuard({ hasUnsavedChanges, message, onDiscard }: LeaveGuardProps) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasUnsavedChanges(),
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (hasUnsavedChanges()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasUnsavedChanges]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog title="Leave with unsaved changes?" onClose={() => blocker.reset()}>
      <p>{message}</p>
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={() => blocker.reset()} data-autofocus>
          Stay
        </button>
        <button
          type="button"
          className={buttonClass('danger')}
          onClick={() => {
            onDiscard();
            blocker.proceed();
          }}
        >
          Discard changes
        </button>
        <button type="button" className={buttonClass('primary')} onClick={() => blocker.proceed()}>
          Leave, keep the draft
        </button>
      </DialogActions>
    </Dialog>
  );
}
