// The wasm-bindgen module the generated client loads its query compiler from (it ships no types).
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export class QueryCompiler {
    compile(request: string): unknown;
  }
}
