import { builder } from "../builder.js";

// Units are ordered by their type's position, then Vietnamese alphabetical order of the name
// (`sortName`, the domain's vietnameseSortKey compared bytewise), then id: the same order on any
// database collation, and a stable order for cursors.
const UNIT_ORDER = [{ type: { position: "asc" as const } }, { sortName: "asc" as const }, { id: "asc" as const }];

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
      description: "Units by type, then in Vietnamese alphabetical order; pages of `first` (default 50, at most 200).",
      authScopes: { permission: "viewUnits" },
      defaultSize: 50,
      maxSize: 200,
      args: { typeCode: t.arg.string({ required: false, description: "Only units of this unit type code." }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.unit.findMany({
          ...query,
          where: args.typeCode ? { type: { code: args.typeCode } } : {},
          orderBy: UNIT_ORDER,
        }),
      totalCount: (_root, args, ctx) =>
        ctx.prisma.unit.count({ where: args.typeCode ? { type: { code: args.typeCode } } : {} }),
    },
    { description: "A page of units." },
  ),
}));
