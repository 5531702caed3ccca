import { randomBytes } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import helmet from "helmet";

/** The nonce of this response's scripts: server.ts hands it to Remix as load context, entry.server.tsx uses it. */
export const cspNonceOf = (res: Response): string => res.locals.cspNonce as string;

/**
 * The usual security headers (helmet) and a Content-Security-Policy in which only scripts from this origin and the
 * inline scripts Remix writes, carrying the response's nonce, run. Inline styles stay allowed: the editor colours
 * the carets of other users with style attributes. In development Vite injects scripts of its own, so no CSP there.
 */
export function securityHeaders(options: { csp: boolean }): RequestHandler[] {
  const nonce = (_req: Request, res: Response, next: NextFunction) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: options.csp && {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${cspNonceOf(res as Response)}'`],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        // 'self' covers the sync socket (ws: or wss: on the same host).
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "same-origin" },
    frameguard: { action: "deny" },
    // A plain-http intranet install must keep working; HSTS belongs to whoever terminates https.
    strictTransportSecurity: false,
  });
  return [nonce, headers];
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Every form of the app posts one of the two form encodings; anything else (a text/plain post, which any site can
 * send without a preflight) is refused before a route tries to parse it as a form.
 */
export function formBodiesOnly(req: Request, res: Response, next: NextFunction): void {
  const unsafe = !["GET", "HEAD", "OPTIONS"].includes(req.method);
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (unsafe && !FORM_TYPES.includes(type)) return void res.status(400).type("text/plain").send("Dit verzoek kan niet worden verwerkt.");
  next();
}
