import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  DEFAULT_SETTINGS,
  ImportRefusedError,
  exportLearner,
  readExport,
  rebuildCards,
  schedulerFor,
} from "@pyprep/core";
import { openSqliteStore } from "@pyprep/store/sqlite";
import type { Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { dataDir } from "./serve.ts";

const USER = "local";

export function registerTransferCommands(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  now: () => Date,
): void {
  program
    .command("export")
    .description(
      "write everything you own (settings, reviews, attempts, mocks, notes, bookmarks) as JSON",
    )
    .option("--out <file>", "write to this file instead of standard output")
    .option("--data <dir>", "data directory (default $PYPREP_HOME or ~/.local/share/pyprep)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ pyprep export --out progress.json\n  $ pyprep export > progress.json",
    )
    .action(async (options: { out?: string; data?: string }) => {
      const store = await openSqliteStore(join(dataDir(io, options.data), "pyprep.db"));
      try {
        const text = `${JSON.stringify(await exportLearner(store, USER, now()), null, 2)}\n`;
        if (options.out === undefined) io.out(text);
        else {
          // Write beside the target, then rename: an interrupted export never leaves half a file.
          const target = resolve(io.cwd, options.out);
          writeFileSync(`${target}.partial`, text);
          renameSync(`${target}.partial`, target);
          io.err(`exported to ${options.out}\n`);
        }
      } finally {
        await store.close();
      }
      exit(EXIT.ok);
    });

  program
    .command("import")
    .description("load an export into an empty data directory")
    .argument("<file>", "a file written by pyprep export")
    .option("--data <dir>", "data directory (default $PYPREP_HOME or ~/.local/share/pyprep)")
    .addHelpText("after", "\nExamples:\n  $ pyprep import progress.json --data ./fresh")
    .action(async (file: string, options: { data?: string }) => {
      let text: string;
      try {
        text = readFileSync(resolve(io.cwd, file), "utf8");
      } catch (error) {
        throw new UsageError(
          `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        io.err(`pyprep: ${file} is not JSON; nothing was imported\n`);
        exit(EXIT.failed);
        return;
      }
      const parsed = readExport(raw);
      if (!parsed.ok) {
        io.err(`pyprep: ${file}: ${parsed.message}; nothing was imported\n`);
        exit(EXIT.failed);
        return;
      }
      const store = await openSqliteStore(join(dataDir(io, options.data), "pyprep.db"));
      try {
        if ((await store.getUser(USER)) === undefined) await store.createUser(USER, USER, now());
        await store.importAll(USER, parsed.data);
        const settings = parsed.data.settings;
        await rebuildCards(store, USER, schedulerFor(settings ?? DEFAULT_SETTINGS));
        io.out(
          `imported ${String(parsed.data.reviews.length)} reviews, ${String(parsed.data.attempts.length)} attempts\n`,
        );
        exit(EXIT.ok);
      } catch (error) {
        if (!(error instanceof ImportRefusedError)) throw error;
        io.err(`pyprep: ${error.message}; nothing was imported\n`);
        exit(EXIT.failed);
      } finally {
        await store.close();
      }
    });
}
