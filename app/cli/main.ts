import { closeDatabase, openDatabase, type Db } from "../../db/client";
import { seedContent } from "../../db/seed/index";
import { readConfig, type Config } from "../config.server";
import { UsageError, type CliIo } from "./io";

type Command = (db: Db, args: string[], io: CliIo, config: Config) => Promise<number> | number;

// Loaded on demand: a command should not pay for the start-up of the others (docx, xlsx, the diff library).
const COMMANDS: Record<string, () => Promise<Command>> = {
  users: async () => (await import("./users")).usersCommand,
  backup: async () => (await import("./backup")).backupCommand,
  render: async () => (await import("./ordinance")).renderCommand,
  slots: async () => (await import("./ordinance")).slotsCommand,
  lint: async () => (await import("./ordinance")).lintCommand,
  models: async () => (await import("./models")).modelsCommand,
  choices: async () => (await import("./choices")).choicesCommand,
  comments: async () => (await import("./consultation")).commentsCommand,
  versions: async () => (await import("./consultation")).versionsCommand,
  generate: async () => (await import("./generate")).generateCommand,
  besluitvorming: async () => (await import("./decisions")).decisionsCommand,
  regions: async () => (await import("./regions")).regionsCommand,
  municipalities: async () => (await import("./regions")).municipalitiesCommand,
  monitor: async () => (await import("./monitor")).monitorCommand,
  adoption: async () => (await import("./adoption")).adoptionCommand,
  "in-force": async () => (await import("./adoption")).inForceCommand,
  amendment: async () => (await import("./amendment")).amendmentCommand,
  stop: async () => (await import("./stop")).stopCommand,
  suggestions: async () => (await import("./suggestions")).suggestionsCommand,
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
  models copy --van MODEL --regio SLUG --titel TITEL
  regions add --naam NAAM --slug SLUG [--provincie P]
  regions list
  municipalities add --regio SLUG --naam NAAM --slug SLUG --cbs-code GM0000
  municipalities list --regio SLUG
  monitor template --regio SLUG
  monitor import --regio SLUG --halfjaar JJJJ-1|JJJJ-2 BESTAND
  monitor export --regio SLUG [--halfjaar JJJJ-1|JJJJ-2] --format json|csv
  monitor report --regio SLUG [--halfjaar JJJJ-1|JJJJ-2] -o BESTAND.docx
  models import-docx BESTAND.docx --titel TITEL [--regio SLUG] [--wijzigingen aanvaarden|verwerpen] [--opslaan]
  choices set --gemeente SLUG sleutel=waarde… [--model ID]
  choices export --format json|csv [--model ID]
  comments export --fase ID --format json|csv [--model ID]
  versions list [--model ID]
  versions diff A B --format text|json [--model ID]
  besluitvorming set --gemeente SLUG sleutel=waarde… [--adviesbrief provincie|huurders:NAAM=BESTAND]… [--model ID]
  besluitvorming show --gemeente SLUG [--model ID]
  adoption record --gemeente SLUG --datum JJJJ-MM-DD --nummer N [--amendement BESTAND.json]… [--model ID]
  in-force --gemeente SLUG [--format text|json] [--model ID]
  amendment --gemeente SLUG [--naar VERSIE] [--format text|docx|stop] [--soort raadsbesluit|raadsvoorstel]
            [--datum JJJJ-MM-DD --nummer N] -o PAD [--model ID]
  generate raadsbesluit|raadsvoorstel|adviesaanvraag-provincie|adviesaanvraag-huurders|nota|model|wijzigingen
           [--gemeente SLUG|--all] [--fase ID] [--van V --naar V] -o PAD [--model ID]
  stop --gemeente SLUG -o BESTAND.xml [--model ID]
  suggestions -o BESTAND.docx [--model ID]

De database is DATABASE_PATH (standaard data/modelwerk.db).`;

export async function runCli(argv: string[], io: CliIo, env = process.env): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? await COMMANDS[name]?.() : undefined;
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
