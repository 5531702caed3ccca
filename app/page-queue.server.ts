import pLimit from "p-limit";
import type { RequestHandler } from "express";

/**
 * Lets at most `concurrency` page reads (GET and HEAD through Remix) be worked on at once; the others wait their turn
 * in order of arrival. Rendering is CPU work on the one event loop: 200 pages rendered side by side each finish only
 * after nearly all of them, and every turn of the loop runs a slice of each, so a message on the sync socket waits
 * behind 200 slices. Queued, each page is served in about its own time, and the socket gets the loop between them.
 * Writes are not queued: a save never waits behind readers, and the slow password hash of a login holds no place.
 * Static files are served before this and never wait.
 */
export function queuePageReads(concurrency: number): RequestHandler {
  const limit = pLimit(concurrency);
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    // "close" follows the end of the response, and a connection the client dropped while the page waited or rendered.
    void limit(
      () =>
        new Promise<void>((done) => {
          res.once("close", () => done());
          if (!res.writableEnded && !req.socket.destroyed) next();
          else done();
        }),
    );
  };
}
