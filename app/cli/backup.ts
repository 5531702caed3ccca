import { resolve } from "node:path";
import { backupDatabase, type Db } from "../../db/client";
import { UsageError, type CliIo } from "./io";

export async function backupCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const [file] = args;
  if (!file || args.length > 1) throw new UsageError("Geef precies één doelbestand op.");
  await backupDatabase(db, resolve(file));
  io.out(`Back-up geschreven naar ${resolve(file)}.`);
  return 0;
}
