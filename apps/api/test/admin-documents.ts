// Every GraphQL document of the admin app (apps/admin/src, tests and fixtures excluded), each
// operation with the fragments it uses, the way gql.tada sends them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type DefinitionNode, type DocumentNode, Kind, parse, visit } from "graphql";

export const ADMIN_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../admin/src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "test" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

export interface AdminOperation {
  name: string;
  file: string;
  /** The operation and every fragment it uses, printed as one document. */
  source: string;
  document: DocumentNode;
}

export function adminOperations(): AdminOperation[] {
  const fragments = new Map<string, { source: string; node: DefinitionNode }>();
  const operations: Array<{ file: string; source: string; node: DefinitionNode }> = [];
  for (const file of sourceFiles(ADMIN_SRC)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/graphql\(\s*`([\s\S]*?)`/g)) {
      // gql.tada removes its client-only `@_unmask` directive before sending a document.
      const source = match[1]!.replaceAll(" @_unmask", "");
      for (const node of parse(source).definitions) {
        if (node.kind === Kind.FRAGMENT_DEFINITION) fragments.set(node.name.value, { source, node });
        else operations.push({ file: path.relative(ADMIN_SRC, file), source, node });
      }
    }
  }
  const uses = (node: DefinitionNode, into: Set<string>) => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (into.has(name)) return;
        into.add(name);
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`Fragment ${name} is not defined in apps/admin/src`);
        uses(fragment.node, into);
      },
    });
    return into;
  };
  return operations.map(({ file, source, node }) => {
    const names = [...uses(node, new Set())];
    const full = [...new Set([source, ...names.map((n) => fragments.get(n)!.source)])].join("\n");
    const name = node.kind === Kind.OPERATION_DEFINITION ? (node.name?.value ?? "(anonymous)") : "?";
    return { name, file, source: full, document: parse(full) };
  });
}
