import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { frameworkFromSample, frameworkLeaves, type FrameworkNode } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import {
  decimalText,
  methodFromForm,
  nodeFormProblems,
  nodeFormValues,
  parseDecimal,
  type EditableNode,
} from './framework-node-form';

const sample = frameworkFromSample(
  JSON.parse(readFileSync(resolve(__dirname, '../../../../prisma/seed-data/framework-sample.json'), 'utf8')),
);

const SOURCE = {
  self_then_appraised: 'SELF_THEN_APPRAISED',
  appraised_only: 'APPRAISED_ONLY',
  survey: 'SURVEY',
} as const;
const editable = (n: FrameworkNode): EditableNode => ({
  code: n.code,
  name: n.name,
  nameEn: n.nameEn ?? null,
  maxPoints: n.maxPoints,
  appliesTo: n.appliesTo,
  evidenceHint: n.evidenceHint ?? null,
  sumReason: n.sumReason ?? null,
  scoreSource: n.scoreSource ? SOURCE[n.scoreSource] : null,
  methodConfig: JSON.parse(JSON.stringify(n.method)),
});

describe('the node form', () => {
  it.each(frameworkLeaves(sample).map((n) => [n.code, n.method!.kind, n] as const))(
    'gives back leaf %s (%s) exactly as it was opened, and finds nothing wrong with it',
    (_code, _kind, leaf) => {
      const node = editable(leaf);
      const values = nodeFormValues(node);
      expect(methodFromForm(values, node.methodConfig)).toEqual(node.methodConfig);
      expect(nodeFormProblems(values, node.methodConfig, false)).toEqual([]);
    },
  );

  it.each<[string, number | null]>([
    ['1,5', 1.5],
    ['1.5', 1.5],
    [' 2 ', 2],
    ['', null],
    ['1,5,2', Number.NaN],
    ['abc', Number.NaN],
  ])('reads "%s" as %s', (text, value) => {
    expect(parseDecimal(text)).toEqual(value);
  });

  it('writes decimals with a comma', () => {
    expect(decimalText(0.6)).toBe('0,6');
    expect(decimalText(null)).toBe('');
  });

  it('follows a new maximum: yes/no and on-time points are the maximum', () => {
    const leaf = frameworkLeaves(sample).find((n) => n.method?.kind === 'deadline')!;
    const node = editable(leaf);
    const values = { ...nodeFormValues(node), maxPoints: '3', late: '1' };
    expect(methodFromForm(values, node.methodConfig)).toMatchObject({ points: { on_time: 3, late: 1, missing: 0 } });
    expect(nodeFormProblems(values, node.methodConfig, false)).toEqual([]);
  });

  it('recomputes points per checklist item when the items change', () => {
    const leaf = frameworkLeaves(sample).find((n) => n.method?.kind === 'checklist' && n.method.pointsPerItem)!;
    const node = editable(leaf);
    const values = nodeFormValues(node);
    const more = { ...values, items: `${values.items}\nMục thêm`, maxPoints: '3' };
    const method = methodFromForm(more, node.methodConfig);
    expect(method).toMatchObject({ kind: 'checklist', pointsPerItem: 3 / more.items.split('\n').length });
    expect(nodeFormProblems(more, node.methodConfig, false)).toEqual([]);
  });

  it.each<[string, Partial<ReturnType<typeof nodeFormValues>>, string, RegExp]>([
    ['a name', { name: ' ' }, 'name', /Không được để trống/],
    ['points', { maxPoints: '-1' }, 'maxPoints', /không âm/],
    ['a number in the method', { noPoints: 'hai' }, 'method', /không phải là số/],
    ['no-points above the maximum', { noPoints: '5' }, 'method', /vượt điểm tối đa/],
    ['a survey source for a yes/no', { scoreSource: 'SURVEY' }, 'scoreSource', /khảo sát/],
  ])('refuses %s', (_name, change, field, message) => {
    const leaf = frameworkLeaves(sample).find((n) => n.method?.kind === 'binary')!;
    const node = editable(leaf);
    const problems = nodeFormProblems({ ...nodeFormValues(node), ...change }, node.methodConfig, false);
    expect(problems.find((p) => p.field === field)?.message).toMatch(message);
  });
});
