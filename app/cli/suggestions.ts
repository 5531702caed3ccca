import { parseArgs } from "node:util";
import type { Db } from "../../db/client";
import { DocumentRefused } from "../documents/generate.server";
import { pendingSuggestionsDocument } from "../documents/suggestion-changes.server";
import { writeOutput } from "./generate";
import { UsageError, type CliIo } from "./io";
import { chooseModel, modelOptions } from "./ordinance";

// `modelwerk suggestions -o FILE.docx`: the working draft's pending suggestions as Word tracked changes, under their
// real authors; the same file as the editor's side panel links to.

export async function suggestionsCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { ...modelOptions, o: { type: "string", short: "o" } } });
  if (!values.o) throw new UsageError("Geef met -o het bestand op, bijvoorbeeld -o voorstellen.docx.");
  const row = chooseModel(db, values);
  let bytes: Uint8Array;
  try {
    bytes = (await pendingSuggestionsDocument(db, row)).bytes;
  } catch (error) {
    if (!(error instanceof DocumentRefused)) throw error;
    for (const problem of error.problems) io.err(problem);
    return 1;
  }
  return writeOutput(values.o, bytes, io) ? 0 : 1;
}
