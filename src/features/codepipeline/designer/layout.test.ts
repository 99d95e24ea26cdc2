import { describe, expect, it } from 'vitest';
import type { PipelineDeclaration } from '../../../engine/specs/pipeline/types';
import { STAGE_NAME_LINE, layoutPipeline, runOrderGroups, stageHeaderHeight } from './layout';

/** The quota-sized pipeline: 50 stages of 10 actions, two parallel groups of 3 and 4 sequential ones each. */
const quotaPipeline: PipelineDeclaration = {
  name: 'big',
  roleArn: 'r',
  stages: Array.from({ length: 50 }, (_, s) => ({
    name: `Stage${s}`,
    actions: Array.from({ length: 10 }, (_, a) => ({
      name: `A${a}`,
      runOrder: a < 3 ? 1 : a < 6 ? 2 : a,
      actionTypeId: { category: 'Build' as const, owner: 'AWS' as const, provider: 'CodeBuild', version: '1' },
    })),
  })),
};

describe('layoutPipeline', () => {
  it('places 50 stages left to right without overlap and every action inside its stage', () => {
    const layout = layoutPipeline(quotaPipeline);
    expect(layout.stages).toHaveLength(50);
    expect(layout.actions).toHaveLength(500);
    for (let i = 1; i < layout.stages.length; i++) {
      const before = layout.stages[i - 1]!;
      expect(layout.stages[i]!.x).toBeGreaterThan(before.x + before.width);
    }
    for (const box of layout.actions) {
      const stage = layout.stages[box.stageIndex]!;
      expect(box.x + box.width).toBeLessThanOrEqual(stage.width);
      expect(box.y + box.height).toBeLessThanOrEqual(stage.height);
    }
  });

  it('keeps the stage places of the previous layout when no stage changed size, and redoes them when one did', () => {
    const before = layoutPipeline(quotaPipeline);
    const renamed = structuredClone(quotaPipeline);
    renamed.stages[3]!.actions[0]!.name = 'Renamed';
    expect(layoutPipeline(renamed, before).stages).toBe(before.stages);
    const grown = structuredClone(quotaPipeline);
    grown.stages[3]!.actions[9]!.runOrder = 100;
    grown.stages[3]!.actions.push({ ...grown.stages[3]!.actions[0]!, name: 'Extra', runOrder: 200 });
    const after = layoutPipeline(grown, before);
    expect(after.stages).not.toBe(before.stages);
    expect(after.stages[3]!.height).toBeGreaterThan(before.stages[3]!.height);
  });

  it('gives a long stage name the header lines it needs, so it shows whole, and puts the actions below it', () => {
    const longName = 'Deploy-to-production-us-east-1-and-eu-west-1-canary'; // 52 characters
    const oneAction = { ...quotaPipeline.stages[0]!, actions: [quotaPipeline.stages[0]!.actions[0]!] };
    const layout = layoutPipeline({ stages: [oneAction, { ...oneAction, name: longName }] });
    const [short, long] = layout.stages;
    expect(long!.header).toBeGreaterThanOrEqual(short!.header + 2 * STAGE_NAME_LINE);
    expect(stageHeaderHeight(longName, long!.width)).toBe(long!.header);
    const firstAction = layout.actions.find((box) => box.stageIndex === 1)!;
    expect(firstAction.y).toBe(long!.header);
    expect(long!.height - short!.height).toBe(long!.header - short!.header);
  });

  it('groups actions by runOrder, a missing runOrder counting as 1', () => {
    expect(runOrderGroups([{ runOrder: 3 }, {}, { runOrder: 1 }, { runOrder: 3 }])).toEqual([
      { runOrder: 1, indexes: [1, 2] },
      { runOrder: 3, indexes: [0, 3] },
    ]);
  });

  it('lays out a declaration with no stages (a broken import) as empty', () => {
    expect(layoutPipeline({ stages: [] })).toEqual({ stages: [], actions: [], width: 0, height: 0 });
  });
});
