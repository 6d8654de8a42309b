// Security headers on every response (helmet). The CSP is strict: the built admin app loads only
// its own scripts (no inline script); recharts and React set inline `style` attributes, hence
// 'unsafe-inline' for styles only. HSTS only on a TLS request (directly or behind a trusted proxy,
// see CCHC_TRUST_PROXY): sending it over plain HTTP would be ignored at best and lock out a
// plain-HTTP intranet deployment at worst.
import type { RequestHandler } from "express";
import helmet from "helmet";

export const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

export const HSTS = "max-age=31536000; includeSubDomains";

export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      frameguard: { action: "deny" },
      referrerPolicy: { policy: "no-referrer" },
      strictTransportSecurity: false,
      xContentTypeOptions: true,
    }),
    (req, res, next) => {
      if (req.secure) res.setHeader("Strict-Transport-Security", HSTS);
      next();
    },
  ];
}
