import { closeDatabase, openDatabase, type Db } from "../../db/client";
import { seedContent } from "../../db/seed/index";
import { readConfig, type Config } from "../config.server";
import { usersCommand } from "./users";
import { backupCommand } from "./backup";
import { UsageError, type CliIo } from "./io";
import { lintCommand, renderCommand, slotsCommand } from "./ordinance";
import { modelsCommand } from "./models";
import { choicesCommand } from "./choices";


type Command = (db: Db, args: string[], io: CliIo, config: Config) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  users: usersCommand,
  backup: backupCommand,
  render: renderCommand,
  slots: slotsCommand,
  lint: lintCommand,
  models: modelsCommand,
  choices: choicesCommand,
};

const USAGE = `Gebruik: modelwerk <opdracht> [opties]

Opdrachten:
  users add --email E --name N --role R [--gemeente SLUG] [--organisatie O] [--regio SLUG]
  users list [--regio SLUG]
  backup BESTAND
  render --gemeente SLUG [--set sleutel=waarde]… [--format text|html|json] [--model ID]
  slots --format json [--model ID]
  lint --gemeente SLUG | --all [--model ID]
  models list [--regio SLUG]
  models import BESTAND --titel TITEL [--regio SLUG]
  choices set --gemeente SLUG sleutel=waarde… [--model ID]
  choices export --format json|csv [--model ID]

De database is DATABASE_PATH (standaard data/modelwerk.db).`;

export async function runCli(argv: string[], io: CliIo, env = process.env): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(USAGE);
    return name === "--help" || name === "help" ? 0 : 2;
  }
  const config = readConfig(env);
  const db = openDatabase(config.databasePath);
  try {
    seedContent(db);
    return await command(db, rest, io, config);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    closeDatabase(db);
  }
}
