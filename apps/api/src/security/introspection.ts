// Introspection per request: on for everyone, off, or only for a signed-in administrator. Apollo's
// own switch is per server, and validation results are cached per document, so the viewer is
// checked after the operation is resolved, before anything executes.
import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, GraphQLError, visit, BREAK } from "graphql";
import type { Context } from "../context.js";
import type { IntrospectionMode } from "./settings.js";

export const INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";

function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function introspectionPlugin(mode: IntrospectionMode): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (mode === "on") return;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!usesIntrospection(document)) return;
          if (mode === "admins" && contextValue.viewer?.roles.includes("ADMIN")) return;
          throw new GraphQLError("Máy chủ không cho phép truy vấn cấu trúc (introspection).", {
            extensions: { code: INTROSPECTION_DISABLED, http: { status: 400 } },
          });
        },
      };
    },
  };
}
