import { builder } from "../builder.js";

builder.prismaObject("Authority", {
  description: "An evaluating authority (a town, a province, a commune-level People's Committee, a ministry).",
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    headerName: t.exposeString("headerName"),
    place: t.exposeString("place"),
    unitTypes: t.relation("unitTypes", {
      description: "This authority's unit types in order (with `units`: its units), not every authority's.",
      query: { orderBy: { position: "asc" } },
    }),
  }),
});
