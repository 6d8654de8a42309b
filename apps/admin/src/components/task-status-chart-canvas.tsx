import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AreaStatusRow, ChartBucket } from '../lib/chart-series';

const COLORS: Record<ChartBucket, string> = {
  DONE: '#1b7f3b',
  IN_PROGRESS: '#1f5fa8',
  NOT_STARTED: '#8a94a6',
  OVERDUE: '#c0392b',
  CANCELLED: '#d4b106',
};

/**
 * The drawn bars of the task-status chart. recharts lives only here: task-status-chart.tsx loads this
 * module lazily, so the dashboard's first paint (and its table for screen readers) does not wait for the
 * chart library (apps/admin/scripts/bundle-size.mjs checks that no first screen loads it statically).
 */
export default function TaskStatusChartCanvas({
  rows,
  buckets,
}: {
  rows: readonly AreaStatusRow[];
  buckets: readonly ChartBucket[];
}) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={rows as AreaStatusRow[]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="areaCode" />
        <YAxis allowDecimals={false} />
        <Tooltip
          labelFormatter={(_label, payload) => {
            const row = payload?.[0]?.payload as { areaCode?: string; areaName?: string } | undefined;
            return row ? `${row.areaCode}. ${row.areaName}` : '';
          }}
        />
        <Legend />
        {buckets.map((bucket) => (
          <Bar
            key={bucket}
            dataKey={bucket}
            name={t(`taskStatus.${bucket}`)}
            stackId="status"
            fill={COLORS[bucket]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
