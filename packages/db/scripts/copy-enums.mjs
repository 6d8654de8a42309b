// The Prisma schema is the one source of every enum. `prisma generate` writes them as plain const
// objects (no runtime imports); this copies that file into the domain package, which may not
// depend on the database package, so rules, the API's GraphQL enums and the admin's pick lists
// all read the same values.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const from = path.join(here, "../src/generated/prisma/enums.ts");
const to = path.join(here, "../../domain/src/generated/enums.ts");
const source = readFileSync(from, "utf8").replace("// @ts-nocheck", "");
mkdirSync(path.dirname(to), { recursive: true });
writeFileSync(
  to,
  `// Generated from prisma/schema.prisma by packages/db/scripts/copy-enums.mjs: do not edit.\n${source}`,
);
