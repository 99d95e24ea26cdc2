import { describe, expect, it } from 'vitest';
import { CLI_MODEL } from './model';
import { cliTimestamps, formatJson, formatTable, formatText, isoTimestamp } from './output';

const pipelines = {
  pipelines: [
    { name: 'demo-fn-pipeline', version: 1, created: '2026-01-05T09:00:00+00:00' },
    { name: 'demo-pipeline', version: 2, created: '2026-01-05T09:00:00+00:00' },
  ],
};

describe('aws output formats', () => {
  it('json: four-space indent, keys in answer order', () => {
    expect(formatJson({ b: 1, a: [] })).toBe('{\n    "b": 1,\n    "a": []\n}\n');
  });

  it('text: a row per structure, scalar columns in key order, nested lists under their upper-cased name', () => {
    expect(
      formatText({
        pipelineExecution: {
          status: 'InProgress',
          pipelineName: 'demo',
          artifactRevisions: [{ name: 'SourceOutput', revisionId: 'abc' }],
        },
      }),
    ).toBe('PIPELINEEXECUTION\tdemo\tInProgress\nARTIFACTREVISIONS\tSourceOutput\tabc\n');
    expect(formatText(['a', 'b'])).toBe('a\tb\n');
    expect(formatText(pipelines)).toBe(
      'PIPELINES\t2026-01-05T09:00:00+00:00\tdemo-fn-pipeline\t1\nPIPELINES\t2026-01-05T09:00:00+00:00\tdemo-pipeline\t2\n',
    );
  });

  it('text: a missing scalar in one element of a list is an empty column; None for null, True/False', () => {
    expect(formatText({ items: [{ a: 'x', b: true }, { a: null }] })).toBe('ITEMS\tx\tTrue\nITEMS\tNone\t\n');
  });

  it('table: titled with the operation, a section per nested list, columns sized to fit', () => {
    expect(formatTable('ListPipelines', pipelines)).toBe(
      [
        '----------------------------------------------------------------',
        '|                         ListPipelines                        |',
        '+--------------------------------------------------------------+',
        '||                          pipelines                         ||',
        '|+----------------------------+--------------------+----------+|',
        '||           created          |       name         | version  ||',
        '|+----------------------------+--------------------+----------+|',
        '||  2026-01-05T09:00:00+00:00 |  demo-fn-pipeline  |  1       ||',
        '||  2026-01-05T09:00:00+00:00 |  demo-pipeline     |  2       ||',
        '|+----------------------------+--------------------+----------+|',
        '',
      ].join('\n'),
    );
  });

  it('table: a structure with one scalar is a key/value row; an empty answer prints nothing', () => {
    expect(formatTable('StartPipelineExecution', { pipelineExecutionId: 'e-1' })).toBe(
      [
        '--------------------------------',
        '|    StartPipelineExecution    |',
        '+-----------------------+------+',
        '|  pipelineExecutionId  |  e-1 |',
        '+-----------------------+------+',
        '',
      ].join('\n'),
    );
    expect(formatTable('DeletePipeline', {})).toBe('');
  });

  it('table: one-row sections turn vertical when the table is wider than the terminal', () => {
    const wide = {
      pipeline: { name: 'demo-pipeline', roleArn: 'arn:aws:iam::123456789012:role/service-role/demo', version: 1 },
    };
    expect(formatTable('GetPipeline', wide, 200)).toContain(
      '||     name      |                      roleArn                       |  version  ||',
    );
    const narrow = formatTable('GetPipeline', wide, 40).split('\n');
    expect(narrow).toContain('||  roleArn|  arn:aws:iam::123456789012:role/service-role/demo   ||');
  });

  it('prints timestamps as CLI v2 does, from epoch seconds where the output shape says timestamp', () => {
    expect(isoTimestamp(new Date(Date.UTC(2026, 0, 5, 9)))).toBe('2026-01-05T09:00:00+00:00');
    expect(isoTimestamp(new Date(Date.UTC(2026, 0, 5, 9, 0, 0, 250)))).toBe('2026-01-05T09:00:00.250000+00:00');
    const service = CLI_MODEL.services.codepipeline!;
    const out = cliTimestamps(service, service.operations.ListPipelines?.output, {
      pipelines: [{ name: 'p', created: 1767603600 }],
    });
    expect(out).toEqual({ pipelines: [{ name: 'p', created: '2026-01-05T09:00:00+00:00' }] });
  });
});
