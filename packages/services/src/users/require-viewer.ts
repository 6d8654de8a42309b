import { decide, type Action, type Resource, type Viewer } from "@cchc/domain";
import { ForbiddenError } from "../errors.js";

/** The viewer, when they may do `action` to `resource`; otherwise a ForbiddenError with the reason. */
export function requireAllowed(viewer: Viewer | null, action: Action, resource: Resource): Viewer {
  const decision = decide(viewer, action, resource);
  if (!decision.allowed || !viewer) throw new ForbiddenError(decision.allowed ? "NOT_SIGNED_IN" : decision.reason);
  return viewer;
}
