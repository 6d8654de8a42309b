// Vietnamese alphabetical order (a ă â b c d đ e ê …), independent of the database's collation:
// PGlite and a server's C or en_US collations all sort "Bưu điện" differently.
const collator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVietnamese(key(x), key(y)));
}
