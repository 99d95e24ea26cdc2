import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { engineStore } from '../../api/simulation/engine-store';
import type { Speed } from '../../worker/protocol';
import { runEngineAction } from './engine-action';
import { createShortcutReader, keyBelongsToTarget, type ShortcutAction } from './shortcuts';

const canControl = () => {
  const s = engineStore.getState();
  return s.boot.phase === 'running' && s.ownership === 'owner' && s.client !== undefined;
};

/** Space, `.`, `g d` / `g c` / `g e` and `?` anywhere in the console, except while typing. */
export function useKeyboardShortcuts(onShowHelp: () => void): void {
  const navigate = useNavigate();

  useEffect(() => {
    const read = createShortcutReader();
    // Space resumes at the speed the user last ran at, not always 1×.
    let lastRunning: Speed = engineStore.getState().clock?.speed ?? 1;
    const unsubscribe = engineStore.subscribe((s) => {
      if (s.clock && s.clock.speed !== 'paused') lastRunning = s.clock.speed;
    });
    if (lastRunning === 'paused') lastRunning = 1;

    const perform: Record<ShortcutAction, () => void> = {
      'toggle-pause': () => {
        if (!canControl()) return;
        const paused = engineStore.getState().clock?.speed === 'paused';
        void runEngineAction('Changing speed', (c) => c.setSpeed(paused ? lastRunning : 'paused'));
      },
      step: () => {
        if (canControl()) void runEngineAction('Step', (c) => c.step());
      },
      'go-dashboard': () => void navigate('/'),
      'go-codecommit': () => void navigate('/codecommit'),
      'go-events': () => void navigate('/events'),
      'show-help': onShowHelp,
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.repeat) return;
      if (keyBelongsToTarget(event.target instanceof Element ? event.target : null, event.key)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const action = read(event.key, event.timeStamp);
      if (!action) return;
      event.preventDefault();
      perform[action]();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [navigate, onShowHelp]);
}
