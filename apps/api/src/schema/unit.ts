import { compareVietnamese, sortByVietnamese } from "@cchc/domain";
import { builder } from "../builder.js";

builder.prismaObject("UnitType", {
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    nameVi: t.exposeString("nameVi"),
    nameEn: t.exposeString("nameEn"),
    scored: t.exposeBoolean("scored", { description: "Whether units of this type are scored into the index." }),
    units: t.relation("units", {
      resolve: (query, type, _args, ctx) =>
        ctx.prisma.unit
          .findMany({ ...query, where: { unitTypeId: type.id } })
          .then((units) => sortByVietnamese(units, (u) => u.name)),
    }),
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
  units: t.prismaField({
    type: ["Unit"],
    authScopes: { permission: "viewUnits" },
    args: { typeCode: t.arg.string({ required: false, description: "Only units of this unit type code." }) },
    resolve: async (query, _root, args, ctx) => {
      const [units, types] = await Promise.all([
        ctx.prisma.unit.findMany({ ...query, where: args.typeCode ? { type: { code: args.typeCode } } : {} }),
        ctx.prisma.unitType.findMany({ select: { id: true, position: true } }),
      ]);
      const typeOrder = new Map(types.map((t) => [t.id, t.position]));
      // Type order first, then Vietnamese alphabetical order (not the database collation).
      return units.sort(
        (a, b) =>
          (typeOrder.get(a.unitTypeId) ?? 0) - (typeOrder.get(b.unitTypeId) ?? 0) || compareVietnamese(a.name, b.name),
      );
    },
  }),
}));
