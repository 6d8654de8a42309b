/**
 * Rounds half away from zero to `decimals` places, immune to binary artefacts
 * (1.005 → 1.01, 0.1 + 0.2 → 0.3).
 */
export function roundTo(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** decimals;
  // a relative nudge of a few ulps turns 100.49999999999999 (= 1.005 × 100) into 100.5…
  const scaled = Math.abs(value) * f * (1 + 4 * Number.EPSILON);
  const r = Math.sign(value) * Math.round(scaled);
  return r / f + 0; // + 0 turns -0 into 0
}

/**
 * Removes float noise from a points value (0.6000000000000001 → 0.6): rounds to 1e-9 points,
 * far below the 2-dp precision of any published figure (so this is not a rounding step).
 */
export function cleanPoints(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
