/**
 * Benchmark: index, tiers and ranks for 10,000 units × 49 leaves of the sample framework.
 * Run with `npm run bench`. Prints figures only; no assertions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  computeUnitScore,
  frameworkFromSample,
  frameworkLeaves,
  rankUnits,
  type LeafScoreInput,
  type MethodInput,
  type UnitScoreInput,
} from '../src/index';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const json: unknown = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../prisma/seed-data/framework-sample.json', import.meta.url)), 'utf8'),
);
const framework = frameworkFromSample(json);
const leaves = frameworkLeaves(framework);

// deterministic PRNG (mulberry32)
let seed = 20210220;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number): number => Math.floor(rnd() * n);

function rawInput(kind: string): MethodInput {
  switch (kind) {
    case 'binary':
      return { kind: 'binary', met: rnd() < 0.8 };
    case 'checklist':
      return { kind: 'checklist', met: int(2) + 1 };
    case 'ratio':
      return { kind: 'ratio', numerator: int(10), denominator: 10 };
    case 'ratio_tiered':
      return { kind: 'ratio_tiered', numerator: 10 + int(11), denominator: 20 };
    case 'deadline':
      return { kind: 'deadline', status: rnd() < 0.8 ? 'on_time' : 'late' };
    case 'deduction':
      return { kind: 'deduction', occurrences: { e1: int(2) } };
    case 'survey_rate':
      return { kind: 'survey_rate', satisfied: 60 + int(40), valid: 100 };
    default:
      return { kind: 'survey_likert', counts: { A: int(10), B: int(10), C: int(5), D: 1 } };
  }
}

const units: UnitScoreInput[] = [];
for (let u = 0; u < UNITS; u++) {
  const scores: Record<string, LeafScoreInput> = {};
  for (const leaf of leaves) {
    const kind = leaf.method?.kind ?? 'binary';
    if (leaf.scoreSource === 'survey') scores[leaf.code] = { survey: rawInput(kind) };
    else if (rnd() < 0.5) scores[leaf.code] = { self: leaf.maxPoints, round1: rawInput(kind) };
    else
      scores[leaf.code] = {
        self: leaf.maxPoints,
        round1: leaf.maxPoints * 0.5,
        round2: Math.round(leaf.maxPoints * rnd() * 4) / 4,
      };
  }
  units.push({
    unitId: `u${u}`,
    unitName: `Đơn vị ${u}`,
    unitType: u % 2 ? 'xa' : 'phong',
    leaves: scores,
    bonus: int(4),
    penalty: int(6),
  });
}

function run(explain: boolean): { ms: number; ranked: number } {
  const t0 = performance.now();
  const scores = units.map((u) => computeUnitScore(framework, u, { explain }));
  const ranked = rankUnits(scores);
  return { ms: performance.now() - t0, ranked: ranked.length };
}

run(true); // warm-up
run(false);
for (const explain of [false, true]) {
  const runs = [run(explain), run(explain), run(explain)];
  const best = Math.min(...runs.map((r) => r.ms));
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(
    `${UNITS} units × ${leaves.length} leaves, explanations ${explain ? 'on ' : 'off'}: ` +
      `best ${best.toFixed(1)} ms of 3 (index + tier + rank), ${Math.round((UNITS / best) * 1000).toLocaleString('en')} units/s, heap used ${heap.toFixed(1)} MB`,
  );
}
