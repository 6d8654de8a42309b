// The limits of security/limits.ts applied to every operation: graphql-armor's depth, alias and
// directive rules, a list-weighted cost rule and a one-`login`-per-request rule (cost.ts), and
// graphql-js's own token limit while parsing. A refused operation answers HTTP 400 with the code
// QUERY_TOO_COMPLEX, `extensions.limit` naming the limit, and a Vietnamese message; it is refused
// before any resolver runs.
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { type FragmentDefinitionNode, GraphQLError, Kind, type ValidationContext, type ValidationRule } from "graphql";
import { operationCost, rootFieldCount } from "./cost.js";
import type { QueryLimits } from "./limits.js";

export const QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

export type LimitName = "depth" | "aliases" | "cost" | "tokens" | "directives" | "logins";

const MESSAGES: Record<LimitName, (max: number) => string> = {
  depth: (max) => `Truy vấn lồng quá sâu (tối đa ${max} cấp).`,
  aliases: (max) => `Truy vấn dùng quá nhiều bí danh (alias), tối đa ${max}.`,
  cost: (max) => `Truy vấn quá phức tạp (chi phí ước tính vượt quá ${max}).`,
  tokens: (max) => `Truy vấn quá dài (tối đa ${max} token).`,
  directives: (max) => `Truy vấn dùng quá nhiều chỉ thị (directive), tối đa ${max}.`,
  logins: () => "Mỗi yêu cầu chỉ được đăng nhập một lần.",
};

/** A request refused by a limit; format-error.ts shows it with its code and limit. */
export class QueryLimitError extends GraphQLError {
  readonly limit: LimitName;
  readonly max: number;
  constructor(limit: LimitName, max: number) {
    super(MESSAGES[limit](max), { extensions: { code: QUERY_TOO_COMPLEX, limit, max } });
    this.limit = limit;
    this.max = max;
  }
}

/** The error of graphql-js's parser when a document has more than `maxTokens` tokens (16 spells it "more that"). */
export const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens/;

function reject(limit: LimitName, max: number) {
  return (ctx: ValidationContext | null) => ctx?.reportError(new QueryLimitError(limit, max));
}

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of context.getDocument().definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  }
  return map;
}

export function costRule(limits: Pick<QueryLimits, "maxCost" | "listSize" | "maxPage">): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context);
    return {
      OperationDefinition(node) {
        const cost = operationCost(context.getSchema(), node, fragments, limits);
        if (cost > limits.maxCost) context.reportError(new QueryLimitError("cost", limits.maxCost));
        return false; // nothing below needs visiting by this rule
      },
    };
  };
}

export function singleLoginRule(maxLogins: number): ValidationRule {
  return (context) => {
    const fragments = fragmentsOf(context);
    let total = 0;
    return {
      OperationDefinition(node) {
        // Counted over the whole document: an operation name picks one, but a client must not send more.
        total += rootFieldCount(context.getSchema(), node, fragments, "login");
        return false;
      },
      Document: {
        leave() {
          if (total > maxLogins) context.reportError(new QueryLimitError("logins", maxLogins));
        },
      },
    };
  };
}

export interface QueryProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
}

/** Everything Apollo needs to enforce the limits; `blockSuggestions` hides "Did you mean …" hints. */
export function queryProtection(limits: QueryLimits, options: { blockSuggestions: boolean }): QueryProtection {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [reject("depth", limits.maxDepth)],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reject("aliases", limits.maxAliases)],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject("directives", limits.maxDirectives)],
    },
    // Its schema-blind cost is replaced by costRule; its token plugin throws outside Apollo's parse
    // error handling (an HTTP 500), so graphql-js's own `maxTokens` parse option is used instead.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.blockSuggestions, mask: "" },
  });
  const protection = armor.protect();
  return {
    plugins: protection.plugins,
    validationRules: [
      ...protection.validationRules,
      costRule(limits),
      singleLoginRule(limits.maxLogins),
    ] as ValidationRule[],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
