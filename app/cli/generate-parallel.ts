import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker, parentPort, workerData } from "node:worker_threads";
import type { CliIo } from "./io";

// `generate … --all` on more cores, when asked: this thread and its workers take the municipalities one at a time
// from one queue (so a worker that is slow to start takes fewer), each with its own database connection and its own
// DocumentRun. What every document prints is passed back and printed in the municipalities' order, as one thread
// would. Workers run the bundled CLI itself (its entry sees it is not the main thread), so they exist only when the
// CLI runs from its bundle: the TypeScript sources (tests, a stale build) make the documents on one thread.

let script: URL | null = null;

/** Called by the bundled entry with its own address: the module a worker runs. */
export function allowWorkers(entry: URL): void {
  script = entry;
}

/**
 * Workers besides this thread, for this many documents: as many as MODELWERK_WORKERS asks, at most 3, and none unless
 * asked. A worker compiles and warms up its own copy of the code, which costs more than the documents it takes over:
 * on 2 idle cores the 14 raadsbesluiten took 1.46 s with one worker and 1.18 s without (docs/benchmarks.md). None
 * without the bundle, for an in-memory database (a worker cannot share it) or for a single document.
 */
export function workerCount(documents: number, databasePath: string, env: Record<string, string | undefined> = process.env): number {
  if (!script || databasePath === ":memory:") return 0;
  const wanted = Number(env.MODELWERK_WORKERS ?? 0);
  return Math.max(0, Math.min(Number.isInteger(wanted) ? wanted : 0, documents - 1, 3));
}

/** Writes document `index` of the job, printing through io; false when it was refused or could not be written. */
export type WriteOne = (index: number, io: CliIo) => Promise<boolean>;

type FromWorker = { type: "ask" } | { type: "line"; index: number; stream: keyof CliIo; line: string } | { type: "done"; index: number; ok: boolean };

/** Young-generation space per worker: a document allocates many short-lived objects; fewer scavenges are cheaper. */
const YOUNG_GENERATION_MB = 48;

/** Makes `total` documents on this thread and `workers` workers (which get `job` to set up with); returns how many failed. */
export async function generateShared(total: number, workers: number, job: unknown, writeOne: WriteOne, io: CliIo): Promise<number> {
  let next = 0;
  const take = () => (next < total ? next++ : null);
  const lines = new Map<number, { stream: keyof CliIo; line: string }[]>();
  const finished = new Map<number, boolean>();
  let printed = 0;
  const print = () => {
    for (; finished.has(printed); printed++) for (const { stream, line } of lines.get(printed) ?? []) io[stream](line);
  };
  const finish = (index: number, ok: boolean) => {
    finished.set(index, ok);
    print();
  };
  const buffered = (index: number): CliIo => {
    const add = (stream: keyof CliIo) => (line: string) => lines.set(index, [...(lines.get(index) ?? []), { stream, line }]);
    return { out: add("out"), err: add("err") };
  };
  const running = Array.from({ length: workers }, () => {
    const worker = new Worker(script!, { workerData: { generate: job }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on("message", (m: FromWorker) => {
      if (m.type === "ask") worker.postMessage(take());
      else if (m.type === "line") buffered(m.index)[m.stream](m.line);
      else finish(m.index, m.ok);
    });
    return new Promise<void>((resolve, reject) => {
      worker.on("error", reject);
      worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Een werkdraad stopte met code ${code}.`))));
    });
  });
  for (let index = take(); index !== null; index = take()) {
    finish(index, await writeOne(index, buffered(index)));
    // Let the workers' requests for their next municipality through between two documents.
    await nextTurn();
  }
  await Promise.all(running);
  return [...finished.values()].filter((ok) => !ok).length;
}

/** The job a worker was started with, or null on the main thread and in workers of other kinds. */
export const workerJob = <T>(): T | null => ((workerData as { generate?: T } | null)?.generate ?? null);

/** A worker's side: ask for a document, make it, report, until the queue is empty. */
export async function serveQueue(writeOne: WriteOne): Promise<void> {
  const port = parentPort!;
  const ask = () =>
    new Promise<number | null>((resolve) => {
      port.once("message", resolve);
      port.postMessage({ type: "ask" } satisfies FromWorker);
    });
  for (let index = await ask(); index !== null; index = await ask()) {
    const at = index;
    const io: CliIo = { out: (line) => port.postMessage({ type: "line", index: at, stream: "out", line }), err: (line) => port.postMessage({ type: "line", index: at, stream: "err", line }) };
    port.postMessage({ type: "done", index: at, ok: await writeOne(at, io) } satisfies FromWorker);
  }
}
