// Horizontal bar charts for the documents: an SVG built in code (labels, one bar per value on a 0–max
// scale, the value at the bar's end, an optional target line), rendered to PNG by resvg with the Tinos
// font (no system fonts: the same image on every machine). The DOCX embeds the PNG; the PDF draws the
// same chart as vectors from `barChartLayout`.
import { Resvg } from "@resvg/resvg-js";
import { tinosPath } from "./fonts.js";

export interface Bar {
  label: string;
  value: number | null;
  /** #rrggbb; default blue */
  color?: string;
}

export interface BarChart {
  title: string;
  bars: readonly Bar[];
  /** the scale's end (100 for an index or a rate) */
  max: number;
  /** a dashed vertical line (e.g. the 85 % target) and its label */
  target?: { value: number; label: string };
}

export interface BarChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  plotWidth: number;
  barHeight: number;
  rowHeight: number;
  top: number;
  rows: Array<{ label: string; y: number; width: number; value: string; color: string }>;
  ticks: Array<{ x: number; label: string }>;
  target: { x: number; label: string } | null;
}

const viFormats = new Map<number, Intl.NumberFormat>();

/**
 * "85,2", "1.139", "10.000": Vietnamese decimal comma and thousands dot, at most `decimals` decimals
 * (trailing zeros of the decimals dropped; 90 stays "90").
 */
export function viNumber(n: number, decimals = 2): string {
  let format = viFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: decimals, useGrouping: true });
    viFormats.set(decimals, format);
  }
  return format.format(n);
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Where everything goes on a chart `width` points wide. */
export function barChartLayout(c: BarChart, width = 640): BarChartLayout {
  const labelWidth = Math.round(width * 0.36);
  const plotWidth = width - labelWidth - 56;
  const rowHeight = 20;
  const barHeight = 13;
  const top = 34;
  const scale = (v: number) => (Math.max(0, Math.min(v, c.max)) / c.max) * plotWidth;
  const rows = c.bars.map((b, i) => ({
    label: truncate(b.label, 42),
    y: top + i * rowHeight,
    width: b.value === null ? 0 : scale(b.value),
    value: b.value === null ? "—" : viNumber(b.value),
    color: b.color ?? "#1f5fa8",
  }));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ x: labelWidth + f * plotWidth, label: viNumber(f * c.max, 0) }));
  return {
    width,
    height: top + c.bars.length * rowHeight + 26,
    labelWidth,
    plotWidth,
    barHeight,
    rowHeight,
    top,
    rows,
    ticks,
    target: c.target ? { x: labelWidth + scale(c.target.value), label: c.target.label } : null,
  };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The chart as SVG (font family Tinos). */
export function barChartSvg(c: BarChart, width = 640): string {
  const l = barChartLayout(c, width);
  const axisY = l.top + c.bars.length * l.rowHeight;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" font-family="Tinos" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${l.width / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${esc(c.title)}</text>`,
    ...l.ticks.map(
      (t) =>
        `<line x1="${t.x}" y1="${l.top - 4}" x2="${t.x}" y2="${axisY}" stroke="#d0d0d0" stroke-width="0.6"/>` +
        `<text x="${t.x}" y="${axisY + 14}" text-anchor="middle" fill="#444">${t.label}</text>`,
    ),
    ...l.rows.map(
      (r) =>
        `<text x="${l.labelWidth - 6}" y="${r.y + l.barHeight - 2}" text-anchor="end">${esc(r.label)}</text>` +
        `<rect x="${l.labelWidth}" y="${r.y}" width="${r.width.toFixed(1)}" height="${l.barHeight}" fill="${r.color}"/>` +
        `<text x="${(l.labelWidth + r.width + 4).toFixed(1)}" y="${r.y + l.barHeight - 2}">${r.value}</text>`,
    ),
    l.target
      ? `<line x1="${l.target.x}" y1="${l.top - 8}" x2="${l.target.x}" y2="${axisY}" stroke="#c0392b" stroke-width="1.2" stroke-dasharray="4 3"/>` +
        `<text x="${l.target.x + 3}" y="${l.top - 10}" fill="#c0392b">${esc(l.target.label)}</text>`
      : "",
    `</svg>`,
  ];
  return parts.join("");
}

/** The chart as PNG bytes (rendered at 2× for print) and its size in points. */
export function barChartPng(c: BarChart, width = 640): { png: Uint8Array; width: number; height: number } {
  const svg = barChartSvg(c, width);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: [tinosPath("regular"), tinosPath("bold")],
      defaultFontFamily: "Tinos",
    },
  });
  const img = resvg.render();
  const l = barChartLayout(c, width);
  return { png: new Uint8Array(img.asPng()), width: l.width, height: l.height };
}

/** Tier colours: the highest tier green … the lowest red. */
export function tierColor(position: number, count: number): string {
  const palette = ["#1e8449", "#2e86c1", "#f1c40f", "#e67e22", "#c0392b"];
  if (count <= 1) return palette[0] as string;
  const i = Math.round((position / (count - 1)) * (palette.length - 1));
  return palette[Math.min(palette.length - 1, Math.max(0, i))] as string;
}
