import { runCli } from "../../app/cli/main";

/** Runs the CLI in-process on the database `env` names and collects what it printed. */
export async function cliRun(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const printed = { out: [] as string[], err: [] as string[] };
  const code = await runCli(argv, { out: (l) => printed.out.push(l), err: (l) => printed.err.push(l) }, env);
  return { code, out: printed.out.join("\n"), err: printed.err.join("\n") };
}
