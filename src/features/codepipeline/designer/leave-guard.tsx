import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { buttonClass } from '../../../components/button-styles';
import { Dialog, DialogActions } from '../../../components/dialog';

/**
 * Asks before leaving the designer with unsaved edits: in the app (the draft stays in the draft store unless
 * discarded) and when the tab closes or reloads (the browser's own prompt).
 */
export function LeaveGuard({ unsaved, onDiscard }: { unsaved: () => boolean; onDiscard: () => void }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && unsaved(),
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (unsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog title="Leave with unsaved changes?" onClose={() => blocker.reset()}>
      <p>
        The pipeline has changes that are not saved. If you leave, they stay here as a draft: open the designer again to
        carry on.
      </p>
      <DialogActions>
        <button type="button" className={buttonClass('normal')} onClick={() => blocker.reset()} data-autofocus>
          Stay
        </button>
        <button
          type="button"
          className={buttonClass('danger')}
          onClick={() => {
            onDiscard();
            blocker.proceed?.();
          }}
        >
          Discard changes
        </button>
        <button type="button" className={buttonClass('primary')} onClick={() => blocker.proceed?.()}>
          Leave, keep the draft
        </button>
      </DialogActions>
    </Dialog>
  );
}
