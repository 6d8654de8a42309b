import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_FORMAT_VERSION,
  frameworkFileJson,
  frameworkFromFile,
  frameworkToFile,
  MAX_LISTED_PROBLEMS,
} from '../../src/index';
import { sampleFramework } from './load-sample';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit the file freely
const sampleFile = () => JSON.parse(frameworkFileJson(sampleFramework())) as Record<string, any>;

describe('framework file', () => {
  it('round-trips the sample framework exactly', () => {
    const f = sampleFramework();
    const text = frameworkFileJson(f);
    const back = frameworkFromFile(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(frameworkToFile(back.framework)).toEqual(frameworkToFile(f));
    expect(frameworkFileJson(back.framework)).toBe(text);
  });

  it('names its format and version', () => {
    expect(sampleFile()).toMatchObject({ format: 'cchc-framework', formatVersion: FRAMEWORK_FORMAT_VERSION });
  });

  it('reads the parsed JSON as well as the text', () => {
    expect(frameworkFromFile(sampleFile()).ok).toBe(true);
  });

  it.each<[string, unknown, { field: string; code: string; message: RegExp }]>([
    ['not JSON', '{ "format": ', { field: '', code: 'INVALID_JSON', message: /không phải JSON/ }],
    ['a list', '[]', { field: '', code: 'NOT_A_FRAMEWORK', message: /không phải bộ tiêu chí/ }],
    ['another file', { title: 'x' }, { field: 'format', code: 'NOT_A_FRAMEWORK', message: /cchc-framework/ }],
    [
      'a later version',
      { format: 'cchc-framework', formatVersion: 2 },
      { field: 'formatVersion', code: 'UNSUPPORTED_FORMAT_VERSION', message: /Phiên bản định dạng 2 chưa được hỗ trợ/ },
    ],
  ])('refuses %s', (_name, input, problem) => {
    const r = frameworkFromFile(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ field: problem.field, code: problem.code });
    expect(r.problems[0]?.message).toMatch(problem.message);
  });

  it('lists every problem of shape with its path and the node code, in Vietnamese', () => {
    const file = sampleFile();
    file.areas[1].children[0].children[0].maxPoints = 'một';
    file.areas[1].children[0].children[1].name = '   ';
    file.areas[2].children[0].method = { kind: 'guess' };
    const r = frameworkFromFile(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual([
      'areas[1].children[0].children[0].maxPoints',
      'areas[1].children[0].children[1].name',
      'areas[2].children[0].method.kind',
    ]);
    expect(r.problems[0]?.message).toBe('Tiêu chí 2.1.1, areas[1].children[0].children[0].maxPoints: phải là một số.');
    expect(r.problems[1]?.message).toMatch(/^Tiêu chí 2\.1\.2, .*name: Không được để trống\.$/);
    expect(r.problems[2]?.message).toMatch(/^Tiêu chí 3\.1, .*cách chấm điểm/);
  });

  it("then lists the domain's problems of the whole framework under each node's path", () => {
    const file = sampleFile();
    file.areas[1].children[0].children[0].maxPoints = 5; // 2.1.1: binary yes 1 ≠ 5, and 2.1 no longer sums
    const r = frameworkFromFile(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      {
        field: 'areas[1].children[0]',
        code: 'FRAMEWORK_INVALID',
        message: 'Tiêu chí 2.1: Tổng điểm các tiêu chí con là 6, khác điểm tối đa 2 (ghi lý do nếu cố ý).',
      },
      {
        field: 'areas[1].children[0].children[0]',
        code: 'FRAMEWORK_INVALID',
        message: 'Tiêu chí 2.1.1: Điểm khi đạt (1) phải bằng điểm tối đa 5.',
      },
    ]);
  });

  it('refuses a tree deeper than four levels', () => {
    const file = sampleFile();
    const leaf = file.areas[1].children[0].children[0];
    const deep = (code: string, depth: number): Record<string, unknown> =>
      depth === 0 ? { ...leaf, code } : { code, name: code, maxPoints: 1, children: [deep(`${code}.1`, depth - 1)] };
    file.areas[1].children[0].children[0] = deep('2.1.1', 2);
    const r = frameworkFromFile(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.find((p) => p.code === 'TOO_DEEP')?.message).toBe(
      'Tiêu chí 2.1.1.1.1: bộ tiêu chí có nhiều nhất 4 cấp.',
    );
  });

  it('lists at most 50 problems and says how many more there are', () => {
    const file = sampleFile();
    file.areas = Array.from({ length: 60 }, (_, i) => ({ code: `${i + 1}`, name: '', maxPoints: 1 }));
    const r = frameworkFromFile(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(r.problems.at(-1)).toMatchObject({
      code: 'MORE_PROBLEMS',
      message: expect.stringMatching(/^Còn \d+ vấn đề khác/),
    });
  });
});
