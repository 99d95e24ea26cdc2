/** Below this zoom action names are unreadable: a long pipeline opens at its first stages instead of fitted. */
export const READABLE_ZOOM = 0.5;
/** Space kept between the pipeline and the canvas edges. */
export const MARGIN = 16;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Where the canvas opens: the whole pipeline, centred, when it fits at a readable zoom (never above 1), else
 * its first stages at the readable zoom, left-aligned, so the rest is a pan (or "more stages") away.
 */
export function openingViewport(bounds: Box, frame: { width: number; height: number }): Viewport {
  const fit = Math.min((frame.width - 2 * MARGIN) / bounds.width, (frame.height - 2 * MARGIN) / bounds.height, 1);
  const zoom = fit >= READABLE_ZOOM ? fit : READABLE_ZOOM;
  const top = Math.max(MARGIN, (frame.height - bounds.height * zoom) / 2);
  const left = fit >= READABLE_ZOOM ? (frame.width - bounds.width * zoom) / 2 : MARGIN;
  return { x: left - bounds.x * zoom, y: top - bounds.y * zoom, zoom };
}

export interface StagesOutOfView {
  /** Stages cut off on the left or right edge, or wholly beyond it. */
  before: number;
  after: number;
  /** The viewport that brings the next hidden stages in from that side, at the same zoom. */
  showBefore?: Viewport;
  showAfter?: Viewport;
}

/**
 * Which stages the canvas does not show whole, on each side. "More stages" puts the first one cut off on the
 * right at the left edge (a page to the right); "earlier stages" puts the last one cut off on the left at the
 * right edge.
 */
export function stagesOutOfView(stages: readonly Box[], viewport: Viewport, frameWidth: number): StagesOutOfView {
  const { x, zoom } = viewport;
  const left = (box: Box) => box.x * zoom + x;
  const right = (box: Box) => (box.x + box.width) * zoom + x;
  // Half a pixel of slack: a stage fitted exactly to the edge counts as shown.
  const cutBefore = stages.filter((box) => left(box) < -0.5);
  const cutAfter = stages.filter((box) => right(box) > frameWidth + 0.5);
  const lastBefore = cutBefore.at(-1);
  const firstAfter = cutAfter[0];
  return {
    before: cutBefore.length,
    after: cutAfter.length,
    showBefore: lastBefore && {
      ...viewport,
      x: Math.min(MARGIN - stages[0]!.x * zoom, frameWidth - MARGIN - (lastBefore.x + lastBefore.width) * zoom),
    },
    showAfter: firstAfter && { ...viewport, x: MARGIN - firstAfter.x * zoom },
  };
}
