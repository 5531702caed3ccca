import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { closeDatabase, openDatabase, type Db } from "../../db/client";
import { getModelRow } from "../../db/queries/models";
import type { Config } from "../config.server";
import { findMunicipalityBySlug, listMunicipalities, type Municipality } from "../../db/queries/regions";
import { DOCUMENT_KINDS, DocumentRefused, DocumentRun, generateDocument, MUNICIPAL_KINDS, REGIONAL_KINDS, type DocumentKind, type DocumentRequest } from "../documents/generate.server";
import { currentModel } from "../models.server";
import { UsageError, type CliIo } from "./io";
import { chooseModel, modelOptions } from "./ordinance";
import { generateShared, serveQueue, workerCount, workerJob, type WriteOne } from "./generate-parallel";

// `modelwerk generate KIND`: the same documents as the page, written to a file, or with --all one per municipality
// into a folder. The CLI is the installer's tool and acts with full rights, like the other commands.

const optionalNumber = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} verwacht een nummer, niet "${value}".`);
  return Number(value);
};

export async function generateCommand(db: Db, args: string[], io: CliIo, config: Config): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...modelOptions, gemeente: { type: "string" }, all: { type: "boolean" }, fase: { type: "string" }, van: { type: "string" }, naar: { type: "string" }, o: { type: "string", short: "o" } },
  });
  const kind = positionals[0] as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) throw new UsageError(`Kies het soort document: ${DOCUMENT_KINDS.join(", ")}.`);
  if (!values.o) throw new UsageError("Geef met -o het bestand (of met --all de map) waarin het document komt.");
  if (values.gemeente && values.all) throw new UsageError("Geef --gemeente SLUG of --all, niet beide.");
  if (REGIONAL_KINDS.includes(kind) && (values.gemeente || values.all)) throw new UsageError(`Een ${kind} geldt voor de hele regio; laat --gemeente en --all weg.`);
  if (MUNICIPAL_KINDS.includes(kind) && !values.gemeente && !values.all) throw new UsageError("Geef --gemeente SLUG of --all.");
  const row = chooseModel(db, values);
  const base = { kind, phaseId: optionalNumber(values.fase, "--fase"), from: optionalNumber(values.van, "--van"), to: optionalNumber(values.naar, "--naar") };
  const requests: { request: DocumentRequest; path: string }[] = [];
  if (values.all) {
    for (const municipality of listMunicipalities(db, row.regionId)) requests.push({ request: { ...base, municipality }, path: "" });
  } else {
    const municipality: Municipality | undefined = values.gemeente ? findMunicipalityBySlug(db, row.regionId, values.gemeente) : undefined;
    if (values.gemeente && !municipality) throw new UsageError(`Onbekende gemeente "${values.gemeente}".`);
    requests.push({ request: { ...base, municipality }, path: values.o });
  }
  // The live text is read only if a document needs it: the documents for decisions are made from a definitive version.
  const run = new DocumentRun(db, row, () => currentModel(db, row));
  const writeOne: WriteOne = (index, out) => writeDocument(run, requests[index]!, values.o!, out);
  const workers = workerCount(requests.length, config.databasePath);
  const job: GenerateJob = { databasePath: config.databasePath, modelId: row.id, requests, out: values.o };
  const failed = workers ? await generateShared(requests.length, workers, job, writeOne, io) : await oneByOne(requests.length, writeOne, io);
  return failed === 0 ? 0 : 1;
}

async function oneByOne(total: number, writeOne: WriteOne, io: CliIo): Promise<number> {
  let failed = 0;
  for (let index = 0; index < total; index++) if (!(await writeOne(index, io))) failed++;
  return failed;
}

interface GenerateJob {
  databasePath: string;
  modelId: number;
  requests: { request: DocumentRequest; path: string }[];
  out: string;
}

/** A worker's part of `generate --all`: its own connection and DocumentRun, documents from the shared queue. */
export async function generateWorker(): Promise<void> {
  const job = workerJob<GenerateJob>();
  if (!job) return;
  const db = openDatabase(job.databasePath);
  try {
    const row = getModelRow(db, job.modelId)!;
    const run = new DocumentRun(db, row, () => currentModel(db, row));
    await serveQueue((index, io) => writeDocument(run, job.requests[index]!, job.out, io));
  } finally {
    closeDatabase(db);
  }
}

/** One document written to its file (or, without a path, into the folder under its own name); false when it was not. */
async function writeDocument(run: DocumentRun, { request, path }: { request: DocumentRequest; path: string }, out: string, io: CliIo): Promise<boolean> {
  let target = path || out;
  try {
    const document = await generateDocument(run, request);
    target = path || join(out, document.filename);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, document.bytes);
    io.out(target);
    return true;
  } catch (error) {
    if (error instanceof DocumentRefused) {
      io.err(`${request.municipality?.name ?? "Regio"}: dit document kan nog niet worden gemaakt.`);
      for (const problem of error.problems) io.err(`  ${problem}`);
    } else if (isFileError(error)) io.err(`${target}: hier kan het document niet worden geschreven (${fileProblem(error.code)}).`);
    else throw error;
    return false;
  }
}

export const isFileError = (error: unknown): error is NodeJS.ErrnoException & { code: string } =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";

const FILE_PROBLEMS: Record<string, string> = {
  EISDIR: "dat is een map; geef met -o een bestandsnaam, bijvoorbeeld raadsbesluit.docx, of gebruik --all voor een map",
  ENOTDIR: "een deel van het pad is een bestand, geen map",
  EEXIST: "een deel van het pad is een bestand, geen map",
  EACCES: "geen schrijfrechten",
  EROFS: "alleen-lezen bestandssysteem",
};

export const fileProblem = (code: string): string => FILE_PROBLEMS[code] ?? code;

/** Writes one output file and names it; false, with the reason in Dutch, where it cannot be written. */
export function writeOutput(path: string, data: string | Uint8Array, io: CliIo): boolean {
  try {
    writeFileSync(path, data);
  } catch (error) {
    if (!isFileError(error)) throw error;
    io.err(`${path}: hier kan het bestand niet worden geschreven (${fileProblem(error.code)}).`);
    return false;
  }
  io.out(path);
  return true;
}
