import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  ListMetricsCommand,
  PutMetricAlarmCommand,
  ResourceNotFound,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import { rejection, sdkConfig, serveMockAws } from '../../test/mock-aws';

const client = new CloudWatchClient(sdkConfig('monitoring'));
const { engine } = serveMockAws();
const START = new Date('2026-01-05T09:00:00Z');

describe('CloudWatch (AWS JSON 1.0) through @aws-sdk/client-cloudwatch', () => {
  it('describes the demo alarms, which the scenario starts in OK', async () => {
    const before = await client.send(new DescribeAlarmsCommand({ AlarmNames: ['demo-fn-errors'] }));
    expect(before.MetricAlarms?.[0]).toMatchObject({
      AlarmName: 'demo-fn-errors',
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:demo-fn-errors',
      StateValue: 'OK',
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
      Dimensions: [
        { Name: 'FunctionName', Value: 'demo-fn' },
        { Name: 'Resource', Value: 'demo-fn:live' },
      ],
    });
    const after = await client.send(new DescribeAlarmsCommand({ StateValue: 'OK' }));
    expect(after.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['demo-fn-errors', 'demo-web-5xx']);
    expect(after.MetricAlarms?.[0]?.StateUpdatedTimestamp).toBeInstanceOf(Date);
  });

  it('creates, forces and deletes an alarm; SetAlarmState lasts until the next evaluation', async () => {
    await client.send(
      new PutMetricAlarmCommand({
        AlarmName: 'fn-invocations-low',
        Namespace: 'AWS/Lambda',
        MetricName: 'Invocations',
        Dimensions: [{ Name: 'FunctionName', Value: 'demo-fn' }],
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'LessThanThreshold',
      }),
    );
    await client.send(
      new SetAlarmStateCommand({ AlarmName: 'fn-invocations-low', StateValue: 'ALARM', StateReason: 'testing' }),
    );
    const forced = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'fn-' }));
    expect(forced.MetricAlarms?.[0]).toMatchObject({ StateValue: 'ALARM', StateReason: 'testing' });
    await engine().advance(70_000);
    const evaluated = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'fn-' }));
    expect(evaluated.MetricAlarms?.[0]?.StateValue).toBe('OK');
    await client.send(new DeleteAlarmsCommand({ AlarmNames: ['fn-invocations-low'] }));
    const gone = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'fn-' }));
    expect(gone.MetricAlarms).toEqual([]);
  });

  it('refuses a bad period and an unknown alarm with the real error types', async () => {
    const badPeriod = await rejection(
      client.send(
        new PutMetricAlarmCommand({
          AlarmName: 'x',
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Statistic: 'Sum',
          Period: 45,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanThreshold',
        }),
      ),
    );
    expect(badPeriod.name).toBe('InvalidParameterValueException');
    expect(badPeriod.message).toBe('The parameter Period must be 10, 20, 30, or a multiple of 60.');
    const missing = await rejection(
      client.send(new SetAlarmStateCommand({ AlarmName: 'nope', StateValue: 'ALARM', StateReason: 'x' })),
    );
    expect(missing).toBeInstanceOf(ResourceNotFound);
  });

  it('returns the traffic as metric data and lists the metrics', async () => {
    await engine().advance(120_000);
    const data = await client.send(
      new GetMetricDataCommand({
        StartTime: START,
        EndTime: new Date(START.getTime() + 120_000),
        MetricDataQueries: [
          {
            Id: 'inv',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/Lambda',
                MetricName: 'Invocations',
                Dimensions: [
                  { Name: 'FunctionName', Value: 'demo-fn' },
                  { Name: 'Resource', Value: 'demo-fn:live' },
                ],
              },
              Period: 60,
              Stat: 'Sum',
            },
          },
        ],
      }),
    );
    // 5 requests a second to demo-fn:live: 300 a minute.
    expect(data.MetricDataResults?.[0]).toMatchObject({ Id: 'inv', StatusCode: 'Complete', Values: [300, 300] });
    expect(data.MetricDataResults?.[0]?.Timestamps).toEqual([new Date(START.getTime() + 60_000), START]);
    const listed = await client.send(new ListMetricsCommand({ Namespace: 'AWS/Lambda', MetricName: 'Errors' }));
    expect(listed.Metrics?.map((m) => m.Dimensions?.map((d) => d.Name).join(','))).toEqual([
      'FunctionName',
      'FunctionName,Resource',
      'ExecutedVersion,FunctionName,Resource',
    ]);
  });
});
