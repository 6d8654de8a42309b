// A list-weighted cost estimate of an operation, from the schema: every field costs 1, and a field
// that returns a list (or a connection given `first`/`last`) multiplies the cost of everything under
// it by the number of items it may return. graphql-armor's own cost rule does not read the schema
// (it weights only literal `first`/`last`), so `unitTypes { units { type { units … } } }` would
// look cheap to it; here each `units` multiplies. A list field whose size has a true bound may
// declare it (`extensions: { maxItems: n }`, e.g. a leaf's entries: one per source), and counts n
// instead of the assumed list size.
import {
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FieldNode,
} from "graphql";

export interface CostOptions {
  /** Items assumed for a list without a literal `first`/`last`. */
  listSize: number;
  /** Items assumed for `first`/`last` given by a variable (validation runs without variables). */
  maxPage: number;
}

/** The cost of one operation; fragments are expanded (each costed once, then reused). */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  options: CostOptions,
): number {
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  const memo = new Map<string, number>();

  const fieldFactor = (
    field: FieldNode,
    listReturn: boolean,
    parentIsConnection: boolean,
    maxItems?: unknown,
  ): number => {
    for (const arg of field.arguments ?? []) {
      if (arg.name.value !== "first" && arg.name.value !== "last") continue;
      if (arg.value.kind === Kind.INT) return Math.max(1, Number.parseInt(arg.value.value, 10));
      if (arg.value.kind === Kind.VARIABLE) return options.maxPage;
    }
    // A connection's edges/nodes are already counted by the connection's page size.
    if (parentIsConnection) return 1;
    if (listReturn && typeof maxItems === "number" && maxItems > 0) return Math.min(maxItems, options.listSize);
    return listReturn ? options.listSize : 1;
  };

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): number => {
    const parentIsConnection = parent.name.endsWith("Connection");
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith("__")) continue; // __typename is free; introspection has its own setting
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const def = parent.getFields()[name];
        if (!def) continue; // reported by the standard rules
        const named = getNamedType(def.type);
        const listReturn = isListType(getNullableType(def.type));
        const childConnection = named.name.endsWith("Connection");
        const below =
          selection.selectionSet && isCompositeType(named) ? selectionCost(selection.selectionSet, named, seen) : 0;
        const factor =
          childConnection || listReturn
            ? fieldFactor(selection, listReturn, parentIsConnection, def.extensions?.maxItems)
            : 1;
        total += factor * (1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (type && isCompositeType(type)) total += selectionCost(selection.selectionSet, type, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue; // unknown or cyclic: reported by the standard rules
        let cost = memo.get(name);
        if (cost === undefined) {
          const type = schema.getType(fragment.typeCondition.name.value);
          cost =
            type && isCompositeType(type) ? selectionCost(fragment.selectionSet, type, new Set([...seen, name])) : 0;
          memo.set(name, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  return selectionCost(operation.selectionSet, root, new Set());
}

/** How many times `fieldName` is selected on the mutation root of an operation (aliases and fragments included). */
export function rootFieldCount(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  fieldName: string,
): number {
  if (operation.operation !== "mutation") return 0;
  const memo = new Map<string, number>();
  const count = (set: SelectionSetNode, seen: Set<string>): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === fieldName) n += 1;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        n += count(s.selectionSet, seen);
      } else {
        const name = s.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        let c = memo.get(name);
        if (c === undefined) {
          c = count(fragment.selectionSet, new Set([...seen, name]));
          memo.set(name, c);
        }
        n += c;
      }
    }
    return n;
  };
  return schema.getMutationType() ? count(operation.selectionSet, new Set()) : 0;
}
