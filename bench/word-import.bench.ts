import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { parseModel, resolve } from "../ordinance-model";
import { twenteModel } from "../db/seed/twente-model";
import { raadsbesluit } from "../templates/raadsbesluit";
import { importWord, readDocx } from "../word-import";

// Importing the Twente raadsbesluit (about 20 pages): unzip with limits, read the XML, recognise, link references,
// check with parseModel; beside pandoc reading the same file to its JSON AST, in the same run.
const resolved = resolve(parseModel(twenteModel), { objectionAdvice: "college" }, { name: "Almelo", slug: "almelo" });
const docx = await raadsbesluit({ resolved, data: { proposalNumber: "2026-1", collegeDate: "2026-11-03", councilDate: "2026-12-14", mayor: "A. Burgemeester", clerk: "G. Griffier" } });
const file = join(mkdtempSync(join(tmpdir(), "modelwerk-bench-")), "raadsbesluit.docx");
writeFileSync(file, docx);

describe("Word import of the Twente raadsbesluit", () => {
  bench("Modelwerk import (readDocx + importWord + parseModel)", () => {
    const parts = readDocx(docx);
    if ("problem" in parts) throw new Error(parts.problem);
    parseModel(importWord(parts).model!);
  });
  bench("pandoc -f docx -t json", () => {
    execFileSync("pandoc", ["-f", "docx", "-t", "json", file], { maxBuffer: 64 * 1024 * 1024 });
  });
});
