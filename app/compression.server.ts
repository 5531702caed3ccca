import compression from "compression";
import type { RequestHandler } from "express";

/**
 * Compresses every compressible response (pages, loader data, CSS, JavaScript) with brotli or gzip, whichever the
 * client accepts: an ordinance page is mostly repeated markup and shrinks about tenfold. The `compression` defaults
 * hold: brotli at quality 4 (fast enough per request), nothing below 1 kB. WebSocket upgrades never pass here.
 */
export const compressResponses = (): RequestHandler => compression();
