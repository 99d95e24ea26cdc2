import { useStore } from 'zustand';
import type { EventBridgeEvent } from '../../engine';
import type { EngineClient } from '../../worker/protocol';
import { engineStore, type EngineState } from './engine-store';

export const useEngineState = <T>(selector: (state: EngineState) => T): T => useStore(engineStore, selector);

const selectClock = (s: EngineState) => s.clock;
const selectEvents = (s: EngineState) => s.events;
const selectBoot = (s: EngineState) => s.boot;
const selectOwnership = (s: EngineState) => s.ownership;

export const useClock = () => useEngineState(selectClock);
export const useEvents = (): EventBridgeEvent[] => useEngineState(selectEvents);
export const useBootState = () => useEngineState(selectBoot);
export const useOwnership = () => useEngineState(selectOwnership);

/** The engine client for simulation controls (speed, step, export...); throws before boot. */
export function engineClient(): EngineClient {
  const client = engineStore.getState().client;
  if (!client) throw new Error('The simulation engine is not running yet.');
  return client;
}
