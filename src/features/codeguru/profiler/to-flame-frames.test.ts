import { describe, expect, it } from 'vitest';
import { toFlameFrames, zoomFrames } from './to-flame-frames';

const graph = {
  children: {
    main: {
      counts: { WALL_TIME: 10 },
      children: {
        render: { counts: { WALL_TIME: 30 }, children: { 'console.log': { counts: { WALL_TIME: 40 } } } },
        escape: { counts: { WALL_TIME: 20 } },
      },
    },
  },
};

describe('flame graph layout', () => {
  it('gives each frame its total and self share, callees left to right in name order', () => {
    const { frames, samples, depth } = toFlameFrames(graph);
    expect(samples).toBe(100);
    expect(depth).toBe(3);
    expect(frames.map((f) => [f.name, f.depth, f.start, f.total, f.self])).toEqual([
      ['main', 0, 0, 1, 0.1],
      ['escape', 1, 0, 0.2, 0.2],
      ['render', 1, 0.2, 0.7, 0.3],
      ['console.log', 2, 0.2, 0.4, 0.4],
    ]);
  });

  it('zooming into a frame widens it and its callees, keeps its callers, drops its siblings', () => {
    const { frames } = toFlameFrames(graph);
    const render = frames.find((f) => f.name === 'render');
    const zoomed = zoomFrames(frames, render);
    expect(zoomed.map((f) => [f.name, f.x, Number(f.w.toFixed(3))])).toEqual([
      ['main', 0, 1],
      ['render', 0, 1],
      ['console.log', 0, 0.571],
    ]);
  });
});
