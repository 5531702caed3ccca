import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

// The STOP text schema (imop-tekst 1.1.0) sits in the shared folder beside the clone (`../shared/stop/` in CI); from a
// worktree it is found by walking up. Validation runs Debian's xmllint (libxml2-utils), as .ci/run installs it.

const SCHEMA = join("shared", "stop", "imop-tekst-1.1.0.xsd");

export function stopSchemaPath(): string {
  for (let dir = resolve("."); ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCHEMA))) return join(dir, SCHEMA);
    if (dirname(dir) === dir) throw new Error(`${SCHEMA} niet gevonden boven ${resolve(".")}: zet de map shared naast de clone.`);
  }
}

/** xmllint's verdict on the file: ok, and what it said. */
export function validateStop(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), "stop-")), "besluit.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--schema", stopSchemaPath(), file], { encoding: "utf8" });
  if (run.error) throw new Error(`xmllint kon niet starten (${run.error.message}); installeer libxml2-utils.`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
