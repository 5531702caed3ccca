import { runCli } from "../../app/cli/main";

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * `modelwerk …` run in this process, as the tests call it: what it prints to stdout and stderr is captured. The
 * environment is read at each call, so a test file can set it up in `beforeAll`.
 */
export function cliIn(env: () => NodeJS.ProcessEnv): (...argv: string[]) => Promise<CliResult> {
  return async (...argv) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, env());
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
}

/** One CLI run on the database `env` names. */
export const cliRun = (env: NodeJS.ProcessEnv, ...argv: string[]): Promise<CliResult> => cliIn(() => env)(...argv);
