import { expect, test } from "vitest";
import { allowWorkers, workerCount } from "./generate-parallel";

// How many workers `generate --all` starts: only from the bundle, and only as many as MODELWERK_WORKERS asks.

test("without the bundle there are no workers, whatever is asked", () => {
  expect(workerCount(14, "data/modelwerk.db", { MODELWERK_WORKERS: "2" })).toBe(0);
});

test("from the bundle: none unless asked, none for an in-memory database, at most one fewer than the documents and three", () => {
  allowWorkers(new URL("file:///modelwerk/build/cli/modelwerk.mjs"));
  expect(workerCount(14, "data/modelwerk.db", {})).toBe(0);
  expect(workerCount(14, "data/modelwerk.db", { MODELWERK_WORKERS: "1" })).toBe(1);
  expect(workerCount(14, "data/modelwerk.db", { MODELWERK_WORKERS: "0" })).toBe(0);
  expect(workerCount(14, ":memory:", { MODELWERK_WORKERS: "2" })).toBe(0);
  expect(workerCount(1, "data/modelwerk.db", { MODELWERK_WORKERS: "2" })).toBe(0);
  expect(workerCount(2, "data/modelwerk.db", { MODELWERK_WORKERS: "8" })).toBe(1);
  expect(workerCount(14, "data/modelwerk.db", { MODELWERK_WORKERS: "8" })).toBe(3);
  expect(workerCount(14, "data/modelwerk.db", { MODELWERK_WORKERS: "veel" })).toBe(0);
});
