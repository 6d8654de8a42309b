// Writes the printed schema to apps/api/schema.graphql (committed; a test fails when it is stale).
import { writeFileSync } from "node:fs";
import { SCHEMA_FILE, printedSchema } from "./printed-schema.js";

writeFileSync(SCHEMA_FILE, printedSchema());
console.log(`wrote ${SCHEMA_FILE}`);
