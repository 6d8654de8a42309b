import { describe, expect, it } from 'vitest';
import { inputProblems } from '../text/input-problems';
import {
  addPlanAreaInputSchema,
  addPlanTaskInputSchema,
  moveNeighbour,
  nextTaskNumber,
  overlappingUnits,
  updatePlanAreaInputSchema,
} from './plan-edit';

describe('plan editing rules', () => {
  it.each([
    [[], 1],
    [[1, 2, 3], 4],
    [[1, 5, 2], 6],
  ])('next number after %j is %s (never reused)', (numbers, expected) => {
    expect(nextTaskNumber(numbers)).toBe(expected);
  });

  it('finds units written both as lead and coordinating', () => {
    expect(overlappingUnits(['a', 'b'], ['b', 'c', 'b'])).toEqual(['b']);
    expect(overlappingUnits(['a'], ['c'])).toEqual([]);
  });

  const tasks = [
    { id: 'x', position: 7 },
    { id: 'y', position: 3 },
    { id: 'z', position: 5 },
  ];
  it.each([
    ['z', 'UP', 'y'],
    ['z', 'DOWN', 'x'],
    ['y', 'UP', null],
    ['x', 'DOWN', null],
    ['nope', 'UP', null],
  ] as const)('%s moved %s swaps with %s', (taskId, direction, expected) => {
    expect(moveNeighbour(tasks, taskId, direction)?.id ?? null).toBe(expected);
  });

  it('requires the texts of a new task and caps them', () => {
    const r = addPlanTaskInputSchema.safeParse({ areaId: 'a', text: ' ', leadLabel: '', timePhrase: 'x'.repeat(201) });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(
        inputProblems(r.error)
          .map((p) => `${p.field}:${p.code}`)
          .sort(),
      ).toEqual(['leadLabel:REQUIRED', 'text:REQUIRED', 'timePhrase:TOO_LONG']);
    }
  });
});

describe('plan areas', () => {
  it.each([
    ['VIII', true],
    [' viii ', true],
    ['XIV', true],
    ['IIII', false],
    ['8', false],
    ['', false],
  ])('area code %j valid: %s', (code, ok) => {
    expect(addPlanAreaInputSchema.safeParse({ yearId: 'y', code, name: 'Lĩnh vực' }).success).toBe(ok);
  });
  it('normalises the code to upper case and requires a name', () => {
    expect(addPlanAreaInputSchema.parse({ yearId: 'y', code: 'ix', name: ' Chuyển đổi số ' })).toMatchObject({
      code: 'IX',
      name: 'Chuyển đổi số',
    });
    expect(updatePlanAreaInputSchema.safeParse({ id: 'a', name: '\u200b' }).success).toBe(false);
  });
});

describe('updatePlanTaskTextInputSchema', () => {
  it('needs something to change and a visible text', async () => {
    const { updatePlanTaskTextInputSchema } = await import('./plan-edit');
    expect(updatePlanTaskTextInputSchema.safeParse({ id: 't', version: 1 }).success).toBe(false);
    expect(updatePlanTaskTextInputSchema.safeParse({ id: 't', version: 1, text: ' ' }).success).toBe(false);
    expect(updatePlanTaskTextInputSchema.parse({ id: 't', version: 1, timePhrase: ' Quý III ' })).toMatchObject({
      timePhrase: 'Quý III',
    });
  });
});
