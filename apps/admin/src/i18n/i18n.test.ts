import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

/** Keys with plural suffixes collapsed, so "count_one"/"count_other" compare as "count". */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : keys(value, `${prefix}${key}.`),
  );
}

describe('i18n resources', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect([...new Set(keys(en as Tree))].sort()).toEqual([...new Set(keys(vi as Tree))].sort());
  });

  it('uses the agreed Vietnamese wording', () => {
    expect(vi.app.name).toBe('CCHC — Quản lý cải cách hành chính');
    expect(vi.login.invalidCredentials).toBe('Email hoặc mật khẩu không đúng');
    expect(vi.roles).toEqual({
      ADMIN: 'Quản trị hệ thống',
      HOME_AFFAIRS: 'Phòng Nội vụ',
      INSPECTOR: 'Đoàn kiểm tra',
      LEADERSHIP: 'Lãnh đạo',
      UNIT_OFFICER: 'Cán bộ đầu mối đơn vị',
    });
  });
});
