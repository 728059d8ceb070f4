// The learner's store as the CLI sees it: the same data directory (or PostgreSQL database) and the
// same local learner as `pyprep serve`, so the terminal and the web app share progress.
import { join } from "node:path";
import { loadContent } from "@pyprep/content";
import type { Bank, Store } from "@pyprep/core";
import { openPostgresStore } from "@pyprep/store/postgres";
import { openSqliteStore } from "@pyprep/store/sqlite";
import { DEFAULT_CONTENT_DIR } from "./commands/content.ts";
import { dataDir } from "./commands/serve.ts";
import { UsageError, type Io } from "./io.ts";

/// The learner of local mode, in the web app and the CLI alike.
export const LOCAL_USER = "local";

export interface Learner {
  readonly bank: Bank;
  readonly store: Store;
  readonly userId: string;
  close(): Promise<void>;
}

export function loadBank(): Bank {
  const loaded = loadContent(DEFAULT_CONTENT_DIR);
  if (!loaded.ok) throw new UsageError("the content bank has problems; run pyprep content check");
  return loaded.bank;
}

/// Opens the store `pyprep serve` uses: DATABASE_URL's PostgreSQL, else the SQLite file in the data
/// directory (--data, $PYPREP_HOME, or the XDG default).
export async function openLearner(io: Io, data: string | undefined, now: Date): Promise<Learner> {
  const bank = loadBank();
  const url = io.env.DATABASE_URL;
  const store =
    url !== undefined && url !== ""
      ? await openPostgresStore(url)
      : await openSqliteStore(join(dataDir(io, data), "pyprep.db"));
  if ((await store.getUser(LOCAL_USER)) === undefined)
    await store.createUser(LOCAL_USER, LOCAL_USER, now);
  return { bank, store, userId: LOCAL_USER, close: () => store.close() };
}

/// Runs `work` with the learner's store open, closing it afterwards whatever happens.
export async function withLearner<T>(
  io: Io,
  data: string | undefined,
  now: Date,
  work: (learner: Learner) => Promise<T>,
): Promise<T> {
  const learner = await openLearner(io, data, now);
  try {
    return await work(learner);
  } finally {
    await learner.close();
  }
}
