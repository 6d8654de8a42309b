// What the hostile-input test's targets share. Each capability keeps its targets in its own file
// here (see index.ts); ../hostile-input.test.ts fuzzes every argument of each.
import type { Harness } from "../harness.js";

export interface Target {
  /** A document with one `$input` variable, or none. */
  document: string;
  cookie: () => string;
  /** An input no single bad field can make succeed (a stale version, an unknown id…). */
  base: () => Record<string, unknown>;
}

/**
 * Filled by the test's beforeAll (read inside `cookie`/`base`, never at import time). Cookies:
 * office (Home Affairs), admin, leadership, justice (Phòng Tư pháp's officer), victim (an inspector),
 * inspector (the demo inspector kiemtra@cchc.demo). Ids: year (the 2021 sample year), unit (Phòng
 * Tư pháp), task (I.1), otherTask (VII.1), framework, frameworkYear, frameworkNode (leaf 2.2), user,
 * target. A target may add its own ids in a lazy `base`.
 */
export const hostile = {} as {
  h: Harness;
  cookies: Record<string, string>;
  ids: Record<string, string>;
};
