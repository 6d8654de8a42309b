/** Tier colours by the tier's order (0 = best): green → blue → amber → orange → red, then grey. */
export const TIER_COLORS = ['#1b7f3b', '#1f5fa8', '#b7791f', '#c05621', '#c0392b'];
export const tierColor = (order: number) => TIER_COLORS[order] ?? '#6b7280';

export const STATUS_COLORS = {
  DONE: '#1b7f3b',
  IN_PROGRESS: '#1f5fa8',
  NOT_STARTED: '#8a94a6',
  OVERDUE: '#c0392b',
} as const;
