import { closeDatabase, openDatabase, type Db } from "../../db/client";
import { seedRegions } from "../../db/seed/index";
import { readConfig } from "../config.server";
import { usersCommand } from "./users";
import { backupCommand } from "./backup";
import { UsageError, type CliIo } from "./io";


type Command = (db: Db, args: string[], io: CliIo) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  users: usersCommand,
  backup: backupCommand,
};

const USAGE = `Gebruik: modelwerk <opdracht> [opties]

Opdrachten:
  users add --email E --name N --role R [--gemeente SLUG] [--organisatie O] [--regio SLUG]
  users list [--regio SLUG]
  backup BESTAND

De database is DATABASE_PATH (standaard data/modelwerk.db).`;

export async function runCli(argv: string[], io: CliIo, env = process.env): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(USAGE);
    return name === "--help" || name === "help" ? 0 : 2;
  }
  const db = openDatabase(readConfig(env).databasePath);
  try {
    seedRegions(db);
    return await command(db, rest, io);
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
