// Production-sensitive settings, read from the environment once when the app is created; tests pass
// them as options instead of changing process.env.
import { type QueryLimits, limitsFromEnv } from "./limits.js";

/** Who may run introspection queries (`__schema`, `__type`). */
export type IntrospectionMode = "on" | "off" | "admins";

export interface SecuritySettings {
  production: boolean;
  introspection: IntrospectionMode;
  /** Hide "Did you mean …?" hints (schema details) from error messages. */
  blockSuggestions: boolean;
  /** Express `trust proxy`: false, true, a hop count, or addresses/subnets (see the express docs). */
  trustProxy: boolean | number | string;
  limits: QueryLimits;
}

export const SETTINGS_ENV = {
  introspection: "CCHC_INTROSPECTION",
  suggestions: "CCHC_FIELD_SUGGESTIONS",
  trustProxy: "CCHC_TRUST_PROXY",
} as const;

export function parseIntrospection(raw: string | undefined, production: boolean): IntrospectionMode {
  if (raw === undefined || raw.trim() === "") return production ? "off" : "on";
  const v = raw.trim().toLowerCase();
  if (v === "on" || v === "true" || v === "1") return "on";
  if (v === "off" || v === "false" || v === "0") return "off";
  if (v === "admins") return "admins";
  throw new Error(`${SETTINGS_ENV.introspection} must be on, off or admins, got "${raw}"`);
}

export function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw.trim() === "") return false;
  const v = raw.trim();
  if (v === "true") return true;
  if (v === "false") return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v; // "loopback", "10.0.0.0/8, 127.0.0.1", …
}

export interface SecurityOptions {
  production?: boolean;
  introspection?: IntrospectionMode;
  fieldSuggestions?: boolean;
  trustProxy?: boolean | number | string;
  limits?: Partial<QueryLimits>;
}

export function securitySettings(options: SecurityOptions, env: NodeJS.ProcessEnv = process.env): SecuritySettings {
  const production = options.production ?? env.NODE_ENV === "production";
  const suggestionsEnv = env[SETTINGS_ENV.suggestions]?.trim().toLowerCase();
  const suggestions = options.fieldSuggestions ?? (suggestionsEnv ? suggestionsEnv === "on" : !production);
  return {
    production,
    introspection: options.introspection ?? parseIntrospection(env[SETTINGS_ENV.introspection], production),
    blockSuggestions: !suggestions,
    trustProxy: options.trustProxy ?? parseTrustProxy(env[SETTINGS_ENV.trustProxy]),
    limits: { ...limitsFromEnv(env), ...options.limits },
  };
}
