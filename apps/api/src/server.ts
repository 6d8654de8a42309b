// One HTTP server: /graphql (Apollo), /healthz and /readyz, evidence files (/files), and the built
// admin app (with SPA fallback); security headers on every response and the query limits on every operation.
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { PrismaClient } from "@cchc/db";
import express, { type ErrorRequestHandler } from "express";
import { maxUploadBytes } from "@cchc/domain";
import { type FileStorage, folderStorage, viewerFromToken } from "@cchc/services";
import { parseCookies, SESSION_COOKIE } from "./auth/session.js";
import { type AnswerCacheOptions, type AnswerCacheStats, answerCache, answerCacheFromEnv } from "./answer-cache.js";
import type { Context } from "./context.js";
import { formatError } from "./format-error.js";
import { inputHygienePlugin } from "./input-hygiene.js";
import { securityHeaders } from "./http/headers.js";
import { mountVisitMinutes } from "./http/visit-minutes.js";
import { mountAnnualReport } from "./http/annual-report.js";
import { mountFiles } from "./http/files.js";
import { mountRegistrationDownloads } from "./http/registrations.js";
import { mountSurveyTemplates } from "./http/survey-templates.js";
import { mountHealth } from "./http/health.js";
import { type RequestGateOptions, requestGate } from "./http/request-gate.js";
import { mountReportDownloads } from "./http/calendar.js";
import { schema } from "./schema/index.js";
import { introspectionPlugin } from "./security/introspection.js";
import { queryProtection } from "./security/query-limits.js";
import { type SecurityOptions, type SecuritySettings, securitySettings } from "./security/settings.js";

export const ADMIN_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../admin/dist");

/** Evidence files by default: `files/` in the data directory (CCHC_DATA_DIR, default ./data), next to `pglite/`. */
export function defaultFilesDir(): string {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  return path.resolve(process.env.CCHC_DATA_DIR ?? path.join(root, "data"), "files");
}

export interface AppOptions extends SecurityOptions {
  prisma: PrismaClient;
  /** The business clock (deadlines, overdue): injectable so tests can stand on a day of 2021. */
  now?: () => Date;
  /** Folder of the built admin app; null to serve the API only. */
  adminDist?: string | null;
  logErrors?: (error: unknown) => void;
  /**
   * Refuse the public demo password (sign-in and new passwords). Default: on when NODE_ENV=production,
   * unless CCHC_ALLOW_DEMO_PASSWORD=1.
   */
  refuseDemoPassword?: boolean;
  /** On drain: how long in-flight requests may take before their connections are cut (default 10 s). */
  shutdownGraceMs?: number;
  /** Where evidence files' bytes live (default: a folder, `defaultFilesDir()`). */
  storage?: FileStorage;
  /** Largest evidence file in bytes (default: CCHC_MAX_UPLOAD_BYTES, else 10 MB). */
  maxUploadBytes?: number;
  /** A bounded queue in front of /graphql (main.ts: on for PGlite, see http/request-gate.ts); none by default. */
  requestGate?: RequestGateOptions | null;
  /**
   * Answers to queries kept while the data revision and the day stay the same (answer-cache.ts);
   * null turns it off. Default: from the environment (on unless CCHC_ANSWER_CACHE=0).
   */
  answerCache?: AnswerCacheOptions | null;
}

export interface RunningApp {
  server: http.Server;
  url: string;
  settings: SecuritySettings;
  /** Closes at once, cutting open connections (tests). */
  stop(): Promise<void>;
  /** Graceful: stops accepting, lets in-flight requests finish (bounded by shutdownGraceMs), stops Apollo. */
  drain(): Promise<void>;
  /** The answer cache's hits, misses and what it keeps (null when it is off). */
  answerCacheStats: (() => AnswerCacheStats) | null;
}

export async function createApp(options: AppOptions) {
  const now = options.now ?? (() => new Date());
  const refuseDemoPassword =
    options.refuseDemoPassword ??
    (process.env.NODE_ENV === "production" && process.env.CCHC_ALLOW_DEMO_PASSWORD !== "1");
  const settings = securitySettings(options);
  const app = express();
  app.disable("x-powered-by");
  // Behind a TLS-terminating proxy, req.secure (the Secure cookie, HSTS) needs the proxy trusted.
  app.set("trust proxy", settings.trustProxy);
  app.use(securityHeaders());
  const httpServer = http.createServer(app);
  // Keep idle connections longer than clients and proxies reuse them (Node's default is 5 s). With
  // PGlite the database runs on this process's thread: a long query can hold the event loop past the
  // keep-alive timer, which then closes a connection a client has just sent a request on, and the
  // client sees ECONNRESET (seen in the API benchmark). headersTimeout must exceed keepAliveTimeout.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const protection = queryProtection(settings.limits, { blockSuggestions: settings.blockSuggestions });
  const answerCacheOptions = options.answerCache === undefined ? answerCacheFromEnv() : options.answerCache;
  const answers = answerCacheOptions ? answerCache(answerCacheOptions) : null;
  const apollo = new ApolloServer<Context>({
    schema,
    // Decided per request by introspectionPlugin (on, off, or administrators only).
    introspection: true,
    hideSchemaDetailsFromClientErrors: settings.blockSuggestions,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals (drain, then close the database); Apollo's own handler re-raises them.
    stopOnTerminationSignals: false,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    formatError: (formatted, error) => formatError(formatted, error, options.logErrors),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000 }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL answers here: Apollo's default cache-control plugin would time every
      // field of every answer for hints nobody reads (a tenth of a 10,000-row ranking's time).
      ApolloServerPluginCacheControlDisabled(),
      introspectionPlugin(settings.introspection),
      inputHygienePlugin<Context>(),
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      // last: every check above has passed before a kept answer is served
      ...(answers ? [answers.plugin] : []),
    ],
  });
  await apollo.start();

  mountHealth(app, { prisma: options.prisma });
  mountReportDownloads(app, { prisma: options.prisma, now, logErrors: options.logErrors });
  mountSurveyTemplates(app, { prisma: options.prisma, logErrors: options.logErrors });
  const storage = options.storage ?? folderStorage(defaultFilesDir());
  mountVisitMinutes(app, { prisma: options.prisma, storage, now, logErrors: options.logErrors });
  mountAnnualReport(app, { prisma: options.prisma, storage, now, logErrors: options.logErrors });
  mountRegistrationDownloads(app, { prisma: options.prisma, now, logErrors: options.logErrors });
  mountFiles(app, {
    prisma: options.prisma,
    storage,
    now,
    maxUploadBytes: options.maxUploadBytes ?? maxUploadBytes(process.env.CCHC_MAX_UPLOAD_BYTES),
    logErrors: options.logErrors,
  });

  if (options.requestGate) app.use("/graphql", requestGate(options.requestGate).handler);
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
        // Sessions and cookies live on the wall clock: a browser drops a cookie that expired in "2021".
        const session = await viewerFromToken(options.prisma, token, new Date());
        return {
          prisma: options.prisma,
          viewer: session?.viewer ?? null,
          sessionId: session?.sessionId ?? null,
          clientAddress: req.ip ?? null,
          refuseDemoPassword,
          now,
          storage,
          setSessionCookie: (value, expires) => {
            const secure = req.secure ? "; Secure" : "";
            res.append(
              "Set-Cookie",
              value
                ? `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Expires=${expires!.toUTCString()}${secure}`
                : `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`,
            );
          },
        };
      },
    }),
  );

  const dist = options.adminDist === undefined ? ADMIN_DIST : options.adminDist;
  if (dist && existsSync(path.join(dist, "index.html"))) {
    app.use(express.static(dist, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(path.join(dist, "index.html"));
    });
  } else if (dist) {
    app.get("/", (_req, res) => {
      res
        .type("text/plain; charset=utf-8")
        .send(
          "Ứng dụng quản trị chưa được build. Chạy: npm run build (The admin app is not built: run npm run build).",
        );
    });
  }

  // Malformed JSON and other request errors: a clear 4xx, never an HTML stack trace.
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === "number" && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) (options.logErrors ?? console.error)(err);
    res.status(status).json({
      errors: [
        {
          message: status === 500 ? "Lỗi máy chủ nội bộ. Vui lòng thử lại sau." : "Yêu cầu không hợp lệ (Bad request).",
          extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" },
        },
      ],
    });
  };
  app.use(onError);

  return { app, httpServer, apollo, settings, answerCacheStats: answers?.stats ?? null };
}

export async function startApp(options: AppOptions & { port: number; host?: string }): Promise<RunningApp> {
  const { httpServer, apollo, settings, answerCacheStats } = await createApp(options);
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host ?? "127.0.0.1", resolve);
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1";
  return {
    server: httpServer,
    url: `http://${host}:${port}`,
    settings,
    answerCacheStats,
    drain: () => apollo.stop(),
    stop: () =>
      new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}
