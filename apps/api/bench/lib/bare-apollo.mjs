// The bare Apollo Server of the API benchmark: the same @apollo/server and graphql as the API, in
// production mode, on node:http (startStandaloneServer), with the API's printed SDL
// (apps/api/schema.graphql) and no resolvers of its own: the root value of each operation is the JSON
// the API answered to it (captured once by api.bench.ts, file BENCH_BARE_ANSWERS: {operationName:
// data}), and graphql's default resolvers read every field from it. So both servers parse, validate
// and execute the same document and send the same JSON; the difference is the API's own work
// (session, database, rules, plugins).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSchema } from "graphql";

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = buildSchema(readFileSync(path.resolve(here, "../../schema.graphql"), "utf8"));
const answers = JSON.parse(readFileSync(process.env.BENCH_BARE_ANSWERS, "utf8"));

const server = new ApolloServer({
  schema,
  rootValue: (document) => {
    const operation = document.definitions.find((d) => d.kind === "OperationDefinition");
    return answers[operation?.name?.value ?? ""] ?? {};
  },
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: process.env.HOST ?? "127.0.0.1" },
});
console.log(`bare Apollo Server at ${url}`);
process.on("SIGTERM", async () => {
  await server.stop();
  process.exit(0);
});
