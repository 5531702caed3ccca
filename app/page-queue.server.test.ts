import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import type { Request, Response } from "express";
import { queuePageReads } from "./page-queue.server";

/** A request and its response as far as the queue looks at them; `end()` closes the response as Node does. */
function exchange(method: string) {
  const res = Object.assign(new EventEmitter(), { writableEnded: false });
  const req = { method, socket: { destroyed: false } };
  return {
    req: req as unknown as Request,
    res: res as unknown as Response,
    end: () => {
      res.writableEnded = true;
      res.emit("close");
    },
    drop: () => {
      req.socket.destroyed = true;
      res.emit("close");
    },
  };
}
const settled = () => new Promise((r) => setImmediate(r));

describe("queuePageReads", () => {
  it("passes page reads on one at a time at concurrency 1, in order of arrival, each when the previous one closed", async () => {
    const queue = queuePageReads(1);
    const started: string[] = [];
    const [a, b, c] = [exchange("GET"), exchange("GET"), exchange("HEAD")];
    queue(a.req, a.res, () => started.push("a"));
    queue(b.req, b.res, () => started.push("b"));
    queue(c.req, c.res, () => started.push("c"));
    await settled();
    expect(started).toEqual(["a"]);
    a.end();
    await settled();
    expect(started).toEqual(["a", "b"]);
    b.end();
    await settled();
    expect(started).toEqual(["a", "b", "c"]);
  });

  it("never queues a write, and skips a read whose client left while it waited", async () => {
    const queue = queuePageReads(1);
    const started: string[] = [];
    const [read, save, gone, next] = [exchange("GET"), exchange("POST"), exchange("GET"), exchange("GET")];
    queue(read.req, read.res, () => started.push("read"));
    queue(gone.req, gone.res, () => started.push("gone"));
    queue(next.req, next.res, () => started.push("next"));
    queue(save.req, save.res, () => started.push("save"));
    // The write went through at once, beside the read that holds the only place.
    expect(started).toContain("save");
    await settled();
    expect([...started].sort()).toEqual(["read", "save"]);
    gone.drop();
    read.end();
    await settled();
    await settled();
    expect([...started].sort()).toEqual(["next", "read", "save"]);
  });
});
