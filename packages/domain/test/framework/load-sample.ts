import { readFileSync } from 'node:fs';
import { frameworkFromSample, type Framework } from '../../src/index';

/** The sample framework (the repository's seed copy in prisma/seed-data). */
export function sampleJson(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL('../../../../prisma/seed-data/framework-sample.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
}

export function sampleFramework(): Framework {
  return frameworkFromSample(sampleJson());
}
