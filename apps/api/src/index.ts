export { createApp, startApp, ADMIN_DIST } from "./server.js";
export type { AppOptions, RunningApp } from "./server.js";
export { schema } from "./schema/index.js";
