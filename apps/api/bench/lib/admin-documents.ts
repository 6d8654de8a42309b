// The admin app's GraphQL documents as it sends them: gql.tada documents list their fragments
// literally (`graphql(\`…\`, [Fragment, …])`), so an operation is its own text plus every fragment it
// spreads, recursively. Read from apps/admin/src at run time, so the benchmark asks what the pages ask.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { API_DIR } from "./api-process.js";

export const ADMIN_SRC = path.resolve(API_DIR, "../admin/src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

interface Documents {
  operations: Map<string, string>;
  fragments: Map<string, string>;
}

let cached: Documents | undefined;

function documents(): Documents {
  if (cached) return cached;
  const operations = new Map<string, string>();
  const fragments = new Map<string, string>();
  for (const file of sources(ADMIN_SRC)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/graphql\(\s*`([^`]*)`/g)) {
      const body = m[1]!;
      const def = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(body);
      if (!def) continue;
      // gql.tada drops its client-only `@_unmask` directive before sending, as done here
      (def[1] === "fragment" ? fragments : operations).set(def[2]!, body.replace(/\s*@_unmask\b/g, "").trim());
    }
  }
  cached = { operations, fragments };
  return cached;
}

/** The operation `name` of the admin app with every fragment it needs, as one document. */
export function adminOperation(name: string): string {
  const { operations, fragments } = documents();
  const operation = operations.get(name);
  if (!operation) throw new Error(`the admin app has no operation ${name} (in ${ADMIN_SRC})`);
  const needed = new Map<string, string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(/\.\.\.\s*(\w+)/g)) {
      const fragmentName = m[1]!;
      if (fragmentName === "on" || needed.has(fragmentName)) continue;
      const fragment = fragments.get(fragmentName);
      if (!fragment) throw new Error(`${name}: fragment ${fragmentName} not found in ${ADMIN_SRC}`);
      needed.set(fragmentName, fragment);
      visit(fragment);
    }
  };
  visit(operation);
  return [operation, ...needed.values()].join("\n\n");
}
