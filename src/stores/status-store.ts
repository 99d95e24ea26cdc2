import { create } from 'zustand';

/** A short confirmation ("Imported scenario demo") that the shell announces and shows briefly. */
interface StatusState {
  message: string | undefined;
  /** Increases with every message, so the same text twice still shows again. */
  serial: number;
  show: (message: string) => void;
  clear: () => void;
}

export const useStatusStore = create<StatusState>((set) => ({
  message: undefined,
  serial: 0,
  show: (message) => set((s) => ({ message, serial: s.serial + 1 })),
  clear: () => set({ message: undefined }),
}));
