import { randomUUID } from "node:crypto";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { strToU8, zipSync, type Zippable } from "fflate";
import type { OrdinanceModel } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import type { ModelRow } from "../../db/queries/models";
import { listMunicipalities } from "../../db/queries/regions";
import { DocumentRefused, DocumentRun, generateDocument, MUNICIPAL_KINDS } from "./generate.server";

// "Alle gemeenten": every municipality's raadsbesluit and raadsvoorstel in one zip. The work runs as a job kept in
// this process's memory; the page polls its progress and downloads the zip when it is done. A job rather than one
// long streamed response, because the zip's table of contents is only known at the end, and polling keeps working
// behind proxies that buffer responses. A job belongs to the user who started it and is forgotten after a while.

export interface BatchJob {
  readonly id: string;
  readonly userId: number;
  readonly modelId: number;
  readonly total: number;
  done: number;
  /** Municipalities whose documents could not be made, with why. */
  refused: string[];
  zip: Uint8Array | null;
  error: string | null;
  readonly startedAt: number;
}

const jobs = new Map<string, BatchJob>();
const KEEP_MS = 30 * 60 * 1000;

function forgetOld(now: number): void {
  for (const [id, job] of jobs) if (now - job.startedAt > KEEP_MS) jobs.delete(id);
}

async function run(db: Db, row: ModelRow, model: OrdinanceModel, job: BatchJob): Promise<void> {
  const files: Zippable = {};
  // One run for the whole batch: each municipality's text is resolved once for both its documents.
  const documents = new DocumentRun(db, row, model);
  for (const municipality of listMunicipalities(db, row.regionId)) {
    for (const kind of MUNICIPAL_KINDS) {
      try {
        const document = await generateDocument(documents, { kind, municipality });
        files[document.filename] = document.bytes;
      } catch (error) {
        if (!(error instanceof DocumentRefused)) throw error;
        job.refused.push(`${municipality.name}, ${kind}: ${error.problems.join("; ")}`);
      }
      job.done++;
      // Let other requests (the progress polls among them) in between two documents.
      await yieldToEventLoop();
    }
  }
  if (job.refused.length) files["niet-gemaakt.txt"] = strToU8(`Voor deze gemeenten ontbreekt nog iets:\n${job.refused.join("\n")}\n`);
  // The documents are zip files already; storing them without compressing again saves time and nothing else.
  job.zip = zipSync(files, { level: 0 });
}

export function startBatch(db: Db, row: ModelRow, model: OrdinanceModel, userId: number): BatchJob {
  const now = Date.now();
  forgetOld(now);
  const total = listMunicipalities(db, row.regionId).length * MUNICIPAL_KINDS.length;
  const job: BatchJob = { id: randomUUID(), userId, modelId: row.id, total, done: 0, refused: [], zip: null, error: null, startedAt: now };
  jobs.set(job.id, job);
  run(db, row, model, job).catch((error: unknown) => {
    job.error = "Het maken van de documenten is mislukt. Probeer het opnieuw.";
    console.error(error);
  });
  return job;
}

/** The job, only for the user who started it on this model. */
export function findBatch(id: string | null, userId: number, modelId: number): BatchJob | undefined {
  const job = id ? jobs.get(id) : undefined;
  return job && job.userId === userId && job.modelId === modelId ? job : undefined;
}

export const batchProgress = (job: BatchJob) => ({ id: job.id, done: job.done, total: job.total, finished: job.zip !== null, refused: job.refused, error: job.error });
