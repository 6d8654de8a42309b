// The minutes of an inspection visit over HTTP, signed in by the same session cookie as /graphql.
//
// GET /visits/:id/minutes.docx — for whoever may read the visit (`visit.read`; 404 otherwise, as for a
//   visit that does not exist): once concluded, the file issued at the conclusion, byte for byte
//   (`X-Minutes-Issued: 1`); before, a draft generated now from the visit ("DỰ THẢO",
//   `X-Minutes-Issued: 0`). As an attachment, with nosniff, no caching and a sandboxing CSP.
import { readVisitMinutes } from "@cchc/services";
import type { Express } from "express";
import { type DocumentRouteOptions, mountDocumentRoute } from "./document-route.js";

export function mountVisitMinutes(app: Express, options: DocumentRouteOptions) {
  mountDocumentRoute(app, "/visits/:id/minutes.docx", {
    ...options,
    issuedHeader: "X-Minutes-Issued",
    read: (ctx, req) => readVisitMinutes(ctx, { visitId: String(req.params.id) }),
  });
}
