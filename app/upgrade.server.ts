import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { ServerContext } from "./context.server";
import { accountFromCookie } from "./session.server";

export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** Browsers always send Origin on WebSocket handshakes; a foreign page must not ride on the user's cookie. */
export function originAllowed(request: IncomingMessage, allowedOrigins: string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  const host = request.headers.host;
  return allowedOrigins.includes(origin) || origin === `http://${host}` || origin === `https://${host}`;
}

/** Answers an upgrade with a plain HTTP status and closes the socket. */
export function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * WebSocket upgrades on /collab share the HTTP port. The session cookie and the Origin are checked before any
 * handler sees the socket, so no unauthenticated byte reaches the sync server.
 */
export function collabUpgrade(context: Omit<ServerContext, "clientAddress">, handler: UpgradeHandler) {
  return async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    if (!originAllowed(request, context.config.allowedOrigins)) return refuse(socket, 403, "Forbidden");
    const account = await accountFromCookie(request.headers.cookie, { ...context, clientAddress: request.socket.remoteAddress ?? "" });
    // The handler gets no account: each document connection decides its own grant (collab/access.server.ts).
    if (!account) return refuse(socket, 401, "Unauthorized");
    handler(request, socket, head);
  };
}
