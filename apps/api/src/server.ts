// One HTTP server: /graphql (Apollo), /healthz, and the built admin app (with SPA fallback).
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { PrismaClient } from "@cchc/db";
import express, { type ErrorRequestHandler } from "express";
import { viewerFromToken } from "@cchc/services";
import { parseCookies, SESSION_COOKIE } from "./auth/session.js";
import type { Context } from "./context.js";
import { formatError } from "./format-error.js";
import { schema } from "./schema/index.js";

export const ADMIN_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../admin/dist");

export interface AppOptions {
  prisma: PrismaClient;
  /** The business clock (deadlines, overdue): injectable so tests can stand on a day of 2021. */
  now?: () => Date;
  /** Folder of the built admin app; null to serve the API only. */
  adminDist?: string | null;
  logErrors?: (error: unknown) => void;
}

export interface RunningApp {
  server: http.Server;
  url: string;
  stop(): Promise<void>;
}

export async function createApp(options: AppOptions) {
  const now = options.now ?? (() => new Date());
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, options.logErrors),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });

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
          now,
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
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => {
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

  return { app, httpServer, apollo };
}

export async function startApp(options: AppOptions & { port: number; host?: string }): Promise<RunningApp> {
  const { httpServer } = await createApp(options);
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
    stop: () =>
      new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}
