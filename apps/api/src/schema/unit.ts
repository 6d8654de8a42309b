import type { Prisma } from "@cchc/db";
import { ValidationError } from "@cchc/services";
import { builder } from "../builder.js";

// Units are ordered by their type's position, then Vietnamese alphabetical order of the name
// (`sortName`, the domain's vietnameseSortKey compared bytewise), then id: the same order on any
// database collation, and a stable order for cursors.
const UNIT_ORDER = [{ type: { position: "asc" as const } }, { sortName: "asc" as const }, { id: "asc" as const }];

/** The longest search text of the units list. */
const UNIT_SEARCH_MAX = 200;

const UnitSortEnum = builder.enumType("UnitSort", {
  values: {
    TYPE: { description: "By unit type, then Vietnamese alphabetical order of the name (the default)." },
    NAME: { description: "Vietnamese alphabetical order of the name, across types." },
    CODE: { description: "By the unit's code." },
  } as const,
});

/** The order of a units list; the id last, so cursors stay stable. */
function unitOrder(sort: "TYPE" | "NAME" | "CODE", descending: boolean): Prisma.UnitOrderByWithRelationInput[] {
  const dir = descending ? ("desc" as const) : ("asc" as const);
  if (sort === "NAME") return [{ sortName: dir }, { id: dir }];
  if (sort === "CODE") return [{ code: dir }, { id: dir }];
  return descending ? [{ type: { position: "asc" } }, { sortName: "desc" }, { id: "desc" }] : UNIT_ORDER;
}

/** The filter of a units list; a search too long is refused with a clear message. */
function unitWhere(args: {
  typeCode?: string | null;
  active?: boolean | null;
  search?: string | null;
}): Prisma.UnitWhereInput {
  const search = args.search?.trim() ?? "";
  if (search.length > UNIT_SEARCH_MAX)
    throw new ValidationError([
      { field: "search", code: "TOO_LONG", message: `Từ khóa tìm kiếm tối đa ${UNIT_SEARCH_MAX} ký tự.` },
    ]);
  return {
    ...(args.typeCode ? { type: { code: args.typeCode } } : {}),
    ...(args.active === null || args.active === undefined ? {} : { active: args.active }),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" as const } },
            { shortName: { contains: search, mode: "insensitive" as const } },
            { code: { contains: search, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
}

builder.prismaObject("UnitType", {
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    nameVi: t.exposeString("nameVi"),
    nameEn: t.exposeString("nameEn"),
    scored: t.exposeBoolean("scored", { description: "Whether units of this type are scored into the index." }),
    units: t.relation("units", { query: { orderBy: [{ sortName: "asc" }, { id: "asc" }] } }),
  }),
});

export const UnitRef = builder.prismaObject("Unit", {
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name", { description: "The current name, exactly as the plan writes it." }),
    shortName: t.exposeString("shortName"),
    active: t.exposeBoolean("active"),
    type: t.relation("type"),
  }),
});

builder.queryFields((t) => ({
  unitTypes: t.prismaField({
    type: ["UnitType"],
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) => ctx.prisma.unitType.findMany({ ...query, orderBy: { position: "asc" } }),
  }),
  units: t.prismaConnection(
    {
      type: "Unit",
      cursor: "id",
      description:
        "Units by type, then in Vietnamese alphabetical order (or as `sort` says), filtered by type, state and a search; " +
        "pages of `first` (default 50, at most 200).",
      authScopes: { permission: "viewUnits" },
      defaultSize: 50,
      maxSize: 200,
      args: {
        typeCode: t.arg.string({ required: false, description: "Only units of this unit type code." }),
        active: t.arg.boolean({ required: false, description: "Only active (true) or inactive (false) units." }),
        search: t.arg.string({
          required: false,
          description: `Units whose name or code contains this text (case ignored; at most ${UNIT_SEARCH_MAX} characters).`,
        }),
        sort: t.arg({ type: UnitSortEnum, required: false, defaultValue: "TYPE" }),
        descending: t.arg.boolean({ required: false, defaultValue: false }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.unit.findMany({
          ...query,
          where: unitWhere(args),
          orderBy: unitOrder(args.sort ?? "TYPE", args.descending ?? false),
        }),
      totalCount: (_root, args, ctx) => ctx.prisma.unit.count({ where: unitWhere(args) }),
    },
    { description: "A page of units." },
  ),
}));
