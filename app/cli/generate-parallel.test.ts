import { availableParallelism } from "node:os";
import { expect, test } from "vitest";
import { allowWorkers, workerCount } from "./generate-parallel";

// How many workers `generate --all` starts: only from the bundle, only for cores the load leaves idle.

test("without the bundle there are no workers, whatever the machine", () => {
  expect(workerCount(14, "data/modelwerk.db", { MODELWERK_WORKERS: "2" }, 0)).toBe(0);
});

test("from the bundle: a worker per further idle core, none on a busy machine, for an in-memory database or one document", () => {
  allowWorkers(new URL("file:///modelwerk/build/cli/modelwerk.mjs"));
  const cores = availableParallelism();
  expect(workerCount(14, "data/modelwerk.db", {}, 0)).toBe(Math.min(cores - 1, 3));
  expect(workerCount(14, "data/modelwerk.db", {}, cores)).toBe(0);
  expect(workerCount(14, "data/modelwerk.db", {}, cores + 20)).toBe(0);
  expect(workerCount(1, "data/modelwerk.db", {}, 0)).toBe(0);
  expect(workerCount(14, ":memory:", {}, 0)).toBe(0);
  // MODELWERK_WORKERS decides the number, up to one fewer than the documents and at most three.
  expect(workerCount(14, "data/modelwerk.db", { MODELWERK_WORKERS: "1" }, cores + 20)).toBe(1);
  expect(workerCount(14, "data/modelwerk.db", { MODELWERK_WORKERS: "0" }, 0)).toBe(0);
  expect(workerCount(2, "data/modelwerk.db", { MODELWERK_WORKERS: "8" }, 0)).toBe(1);
  expect(workerCount(14, "data/modelwerk.db", { MODELWERK_WORKERS: "veel" }, 0)).toBe(0);
});
