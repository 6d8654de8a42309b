import type { ClassificationTier } from '../framework/types';

/**
 * The tier of an index: the tier with the highest minPercent ≤ index. Pass the ROUNDED index
 * (what is published), so 89.995 → 90.00 → "Xuất sắc". Below every tier → the lowest tier.
 */
export function classifyIndex(index: number, tiers: readonly ClassificationTier[]): ClassificationTier {
  if (tiers.length === 0) throw new RangeError('classifyIndex: no tiers configured');
  let best: ClassificationTier | undefined;
  let lowest: ClassificationTier | undefined;
  for (const t of tiers) {
    if (t.minPercent <= index && (!best || t.minPercent > best.minPercent)) best = t;
    if (!lowest || t.minPercent < lowest.minPercent) lowest = t;
  }
  return (best ?? lowest) as ClassificationTier;
}
