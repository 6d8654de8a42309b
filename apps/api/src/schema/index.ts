// Imports every type file and builds the schema. Nothing else lives here.
import { builder } from "../builder.js";
import "./scalars.js";
import "./errors.js";
import "./authority.js";
import "./unit.js";
import "./user.js";
import "./year.js";
import "./plan.js";
import "./task-progress.js";
import "./plan-edit.js";
import "./framework.js";
import "./audit.js";
import "./results.js";
import "./score-entry.js";
import "./evidence.js";
import "./unit-cycle.js";
import "./adjustment.js";
import "./survey.js";
import "./corrective-action.js";
import "./inspection-visit.js";
import "./finding.js";
import "./visit-minutes.js";
import "./annual-report.js";
import "./registration.js";
import "./report.js";
import "./deadline.js";
import "./dashboard.js";

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema({ sortSchema: false });
