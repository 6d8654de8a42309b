// The dashboard's drawn charts (recharts). Loaded lazily by the page (React.lazy): the chart library
// stays out of the first screen's download; each chart's table is in the page meanwhile.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { STATUS_COLORS, tierColor } from './dashboard-colors';

/** The width kept for the names beside horizontal bars: narrower on a phone. */
const narrow = () => typeof window !== 'undefined' && window.innerWidth < 600;
function labelWidth(): number {
  return narrow() ? 112 : 190;
}
/** Percent ticks: fewer on a phone so they do not run into each other. */
const percentTicks = () => (narrow() ? [0, 50, 100] : [0, 20, 40, 60, 80, 100]);

/** Ward and commune names as written on charts: "UBND phường Phước Bình" → "P. Phước Bình". */
export function shortName(name: string): string {
  return name
    .replace(/^UBND phường /, 'P. ')
    .replace(/^UBND xã /, 'X. ')
    .replace(/^UBND thị trấn /, 'TT. ');
}

/** A name beside a bar on one line, cut with "…" to fit its width (the table holds the full name). */
function NameTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown }; width: number }) {
  const text = shortName(String(props.payload?.value ?? ''));
  const max = Math.max(4, Math.floor(props.width / 7));
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return (
    <text x={Number(props.x)} y={Number(props.y)} dy={4} textAnchor="end" fontSize={11} fill="#3e4c59">
      <title>{text}</title>
      {shown}
    </text>
  );
}

function nameAxis(fixedWidth?: number) {
  const width = fixedWidth ?? labelWidth();
  return (
    <YAxis
      type="category"
      dataKey="name"
      width={width}
      interval={0}
      tick={(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
        <NameTick {...props} width={width - 8} />
      )}
    />
  );
}

export interface RankingDatum {
  unitId: string;
  name: string;
  value: number;
  label: string;
  tierOrder: number;
  tied: boolean;
}

/** Horizontal bars, one per unit, coloured by tier, the index (and "=" for a tie) at the bar's end. */
export function RankingChart({ data, onSelect }: { data: RankingDatum[]; onSelect: (unitId: string) => void }) {
  const height = Math.max(120, data.length * 32 + 40);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={percentTicks()} />
        {nameAxis()}
        <Bar
          dataKey="value"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => {
            const id = (entry as unknown as { payload?: RankingDatum }).payload?.unitId;
            if (id) onSelect(id);
          }}
        >
          {data.map((d) => (
            <Cell key={d.unitId} fill={tierColor(d.tierOrder)} />
          ))}
          <LabelList dataKey="label" position="right" style={{ fontSize: 11, fill: '#1f2933' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export interface ProfileDatum {
  area: string;
  unit: number | null;
  average: number | null;
}

/** The unit's area sub-indices against its type's mean (radar). */
export function ProfileChart({
  data,
  unitLabel,
  averageLabel,
}: {
  data: ProfileDatum[];
  unitLabel: string;
  averageLabel: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <RadarChart data={data} outerRadius="70%">
        <PolarGrid />
        <PolarAngleAxis dataKey="area" tick={{ fontSize: 11 }} />
        <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
        <Radar
          name={unitLabel}
          dataKey="unit"
          stroke="#1f5fa8"
          fill="#1f5fa8"
          fillOpacity={0.35}
          isAnimationActive={false}
        />
        <Radar
          name={averageLabel}
          dataKey="average"
          stroke="#b7791f"
          fill="#b7791f"
          fillOpacity={0.15}
          isAnimationActive={false}
        />
        <Legend />
        <Tooltip />
      </RadarChart>
    </ResponsiveContainer>
  );
}

/** The unit's index year by year. */
export function TrendChart({
  data,
  label,
}: {
  data: Array<{ year: number; index: number; label: string }>;
  label: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={{ top: 24, right: 32, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" padding={{ left: 24, right: 24 }} />
        <YAxis domain={[0, 100]} />
        <Line type="monotone" dataKey="index" name={label} stroke="#1f5fa8" strokeWidth={2} isAnimationActive={false}>
          <LabelList dataKey="label" position="top" style={{ fontSize: 11 }} />
        </Line>
        <Tooltip />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Satisfaction per aspect against the target (a reference line). */
export function SatisfactionChart({
  data,
  target,
  targetLabel,
}: {
  data: Array<{ name: string; rate: number | null; label: string; meets: boolean | null }>;
  target: number;
  targetLabel: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 36 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 16, right: 48, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={percentTicks()} />
        {nameAxis()}
        <ReferenceLine
          x={target}
          stroke="#c0392b"
          strokeDasharray="4 2"
          label={{ value: targetLabel, position: 'top', fontSize: 11 }}
        />
        <Bar dataKey="rate" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.meets ? '#1b7f3b' : '#b7791f'} />
          ))}
          <LabelList dataKey="label" position="right" style={{ fontSize: 11 }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The findings → actions → fixes → verified funnel (narrowing bars) and overdue. */
export function FunnelChart({ data }: { data: Array<{ name: string; value: number; overdue?: boolean }> }) {
  return (
    <ResponsiveContainer width="100%" height={data.length * 40 + 20}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }}>
        <XAxis type="number" hide allowDecimals={false} />
        {nameAxis()}
        <Bar dataKey="value" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.overdue ? STATUS_COLORS.OVERDUE : '#1f5fa8'} />
          ))}
          <LabelList dataKey="value" position="right" style={{ fontSize: 11 }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Plan progress: stacked bars of done / in progress / not started, per area or lead unit. */
export function ProgressChart({
  data,
  labels,
  nameWidth,
}: {
  data: Array<{ name: string; done: number; inProgress: number; notStarted: number }>;
  labels: { done: string; inProgress: string; notStarted: string };
  /** the width kept for the names (short codes need little) */
  nameWidth?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30 + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        {nameAxis(nameWidth)}
        <Legend />
        <Bar dataKey="done" name={labels.done} stackId="s" fill={STATUS_COLORS.DONE} isAnimationActive={false} />
        <Bar
          dataKey="inProgress"
          name={labels.inProgress}
          stackId="s"
          fill={STATUS_COLORS.IN_PROGRESS}
          isAnimationActive={false}
        />
        <Bar
          dataKey="notStarted"
          name={labels.notStarted}
          stackId="s"
          fill={STATUS_COLORS.NOT_STARTED}
          isAnimationActive={false}
        />
        <Tooltip />
      </BarChart>
    </ResponsiveContainer>
  );
}
