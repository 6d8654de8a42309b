import { describe, expect, it } from 'vitest';
import { criterionOptions, EMPTY_FINDING, findingFields, findingFormProblems } from './finding-form';

describe('the finding form', () => {
  it.each([
    ['a weakness with text', { description: 'Chưa niêm yết' }, []],
    ['no text', { description: '  ' }, ['description:REQUIRED']],
    ['a weakness without severity', { description: 'x', severity: '' }, ['severity:SEVERITY_REQUIRED']],
    ['a good practice drops the severity', { kind: 'GOOD_PRACTICE', description: 'Mô hình hay' }, []],
  ] as const)('%s', (_name, change, expected) => {
    const problems = findingFormProblems({ ...EMPTY_FINDING, ...change });
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });

  it('sends NFC text, no severity for a good practice, the location when taken', () => {
    expect(
      findingFields(
        { kind: 'GOOD_PRACTICE', severity: 'HIGH', frameworkNodeId: '', description: ' Cha\u0301y ' },
        { latitude: 11.8, longitude: 106.9 },
      ),
    ).toEqual({
      kind: 'GOOD_PRACTICE',
      severity: null,
      frameworkNodeId: null,
      description: 'Cháy',
      latitude: 11.8,
      longitude: 106.9,
    });
  });

  it('offers the leaves in code order', () => {
    const nodes = [
      { id: 'a', code: '1', name: 'Lĩnh vực', isLeaf: false },
      { id: 'c', code: '1.10', name: 'Mười', isLeaf: true },
      { id: 'b', code: '1.2', name: 'Hai', isLeaf: true },
    ];
    expect(criterionOptions(nodes).map((o) => o.code)).toEqual(['1.2', '1.10']);
  });
});
