import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { layoutPipeline } from '../designer/layout';
import { MARGIN, READABLE_ZOOM, openingViewport, stagesOutOfView } from './opening-view';

const pipeline = (stageCount: number): Pick<PipelineDeclaration, 'stages'> => ({
  stages: Array.from({ length: stageCount }, (_, s) => ({
    name: `Stage${s}`,
    actions: [
      {
        name: 'Build',
        actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
      },
    ],
  })),
});

function boundsOf(stageCount: number) {
  const layout = layoutPipeline(pipeline(stageCount));
  return { layout, bounds: { x: 0, y: 0, width: layout.width, height: layout.height } };
}

/** The designer's canvas beside the palette and the property panel at a 1366 px wide window. */
const designerCanvas = { width: 590, height: 620 };

describe('openingViewport', () => {
  it('fits a four-stage pipeline whole in the designer canvas, centred, at a readable zoom', () => {
    const { layout, bounds } = boundsOf(4);
    const view = openingViewport(bounds, designerCanvas);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    const out = stagesOutOfView(layout.stages, view, designerCanvas.width);
    expect(out).toMatchObject({ before: 0, after: 0 });
    // Centred: the space left and right of the pipeline is the same.
    const right = designerCanvas.width - (view.x + bounds.width * view.zoom);
    expect(Math.abs(view.x - right)).toBeLessThan(1);
  });

  it('never zooms a small pipeline in beyond 1', () => {
    const { bounds } = boundsOf(2);
    expect(openingViewport(bounds, { width: 1200, height: 600 }).zoom).toBe(1);
  });

  it('opens a ten-stage pipeline at the readable zoom on its first stage, with the rest counted as beyond', () => {
    const { layout, bounds } = boundsOf(10);
    const view = openingViewport(bounds, designerCanvas);
    expect(view).toMatchObject({ zoom: READABLE_ZOOM, x: MARGIN });
    const out = stagesOutOfView(layout.stages, view, designerCanvas.width);
    expect(out.before).toBe(0);
    expect(out.after).toBeGreaterThan(0);
    expect(out.after).toBeLessThan(10);
  });
});

describe('stagesOutOfView', () => {
  it('"more stages" brings the first stage cut off on the right to the left edge, and "earlier" goes back', () => {
    const { layout, bounds } = boundsOf(10);
    const view = openingViewport(bounds, designerCanvas);
    const first = stagesOutOfView(layout.stages, view, designerCanvas.width);
    const firstHidden = layout.stages[10 - first.after]!;
    const next = first.showAfter!;
    expect(firstHidden.x * next.zoom + next.x).toBe(MARGIN);

    const second = stagesOutOfView(layout.stages, next, designerCanvas.width);
    expect(second.before).toBe(10 - first.after);
    expect(second.after).toBeLessThan(first.after);
    // Back to the start: the first stage at the left margin again, nothing cut off before it.
    const back = second.showBefore!;
    expect(stagesOutOfView(layout.stages, back, designerCanvas.width).before).toBe(0);
  });
});
