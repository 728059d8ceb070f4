import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import { loadContent } from "@pyprep/content";
import { createApp, type WebFiles } from "@pyprep/server";
import { openPostgresStore } from "@pyprep/store/postgres";
import { openSqliteStore } from "@pyprep/store/sqlite";
import type { Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { DEFAULT_CONTENT_DIR } from "./content.ts";

/// The built web app (apps/web/dist) and the pyodide package's files, when the app is built.
function webFiles(): WebFiles | undefined {
  const root = fileURLToPath(new URL("../../../web/dist", import.meta.url));
  if (!existsSync(join(root, "index.html"))) return undefined;
  const pyodide = dirname(fileURLToPath(import.meta.resolve("pyodide/package.json")));
  return { root, pyodide };
}

interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly data?: string;
  readonly multiUser?: boolean;
  readonly secureCookies?: boolean;
}

/// The data directory: --data, else $PYPREP_HOME, else $XDG_DATA_HOME/pyprep or ~/.local/share/pyprep.
export function dataDir(io: Io, flag: string | undefined): string {
  if (flag !== undefined) return resolve(io.cwd, flag);
  if (io.env.PYPREP_HOME !== undefined && io.env.PYPREP_HOME !== "")
    return resolve(io.cwd, io.env.PYPREP_HOME);
  const xdg = io.env.XDG_DATA_HOME;
  return join(xdg !== undefined && xdg !== "" ? xdg : join(homedir(), ".local", "share"), "pyprep");
}

export function registerServeCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  now: () => Date,
  running: (server: { close(): Promise<void>; url: string }) => void = () => undefined,
): void {
  program
    .command("serve")
    .description("serve the pyprep API for this machine's learner (local mode)")
    .option("--port <n>", "port to listen on (0 picks a free one)", "7777")
    .option("--host <host>", "address to bind", "127.0.0.1")
    .option("--data <dir>", "data directory (default $PYPREP_HOME or ~/.local/share/pyprep)")
    .option("--multi-user", "accounts and sessions for many learners (set PYPREP_SESSION_SECRET)")
    .option("--secure-cookies", "mark cookies Secure (when served over HTTPS)")
    .addHelpText(
      "after",
      `
Local mode binds 127.0.0.1 and protects the API with a random token, printed in the URL.
Each request is logged to stderr as one JSON line (PYPREP_LOG=0 turns that off).
Multi-user mode (--multi-user) signs sessions with PYPREP_SESSION_SECRET, which every instance
behind a load balancer must share; DATABASE_URL=postgres://… keeps the data in PostgreSQL.

Examples:
  $ pyprep serve
  $ pyprep serve --port 8080 --data ./my-progress`,
    )
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new UsageError(`--port must be 0 to 65535, got ${options.port}`);
      const loaded = loadContent(DEFAULT_CONTENT_DIR);
      if (!loaded.ok)
        throw new UsageError("the content bank has problems; run pyprep content check");
      const dir = dataDir(io, options.data);
      // DATABASE_URL chooses PostgreSQL; otherwise the embedded SQLite file in the data directory.
      const databaseUrl = io.env.DATABASE_URL;
      const store =
        databaseUrl !== undefined && databaseUrl !== ""
          ? await openPostgresStore(databaseUrl)
          : await openSqliteStore(join(dir, "pyprep.db"));
      if ((await store.getUser("local")) === undefined)
        await store.createUser("local", "local", now());
      const token = randomBytes(24).toString("base64url");
      const web = webFiles();
      const hosts: string[] = [];
      let secret = io.env.PYPREP_SESSION_SECRET ?? "";
      if (options.multiUser === true && secret === "") {
        secret = randomBytes(32).toString("base64url");
        io.err("note: PYPREP_SESSION_SECRET is not set; sessions end when this server stops\n");
      }
      const app = createApp({
        bank: loaded.bank,
        store,
        mode:
          options.multiUser === true
            ? { kind: "multi", secret, hosts: "any", secureCookies: options.secureCookies === true }
            : { kind: "local", token, userId: "local", hosts },
        now,
        ...(web === undefined ? {} : { web }),
        log: (entry) => {
          if (io.env.PYPREP_LOG !== "0")
            io.err(`${JSON.stringify({ time: now().toISOString(), ...entry })}\n`);
        },
      });
      const server = await new Promise<ServerType>((ready) => {
        const s = serve({ fetch: app.fetch, port, hostname: options.host }, () => {
          ready(s);
        });
      });
      const address = server.address();
      const actual = typeof address === "object" && address !== null ? address.port : port;
      for (const name of [options.host, "127.0.0.1", "localhost", "[::1]"])
        hosts.push(`${name}:${String(actual)}`);
      const base = `http://${options.host}:${String(actual)}`;
      const where =
        databaseUrl !== undefined && databaseUrl !== "" ? "data in PostgreSQL" : `data in ${dir}`;
      io.out(`pyprep is serving ${base} (${where})\n`);
      if (web === undefined)
        io.err("note: the web app is not built (npm run build:web); serving the API only\n");
      const page = web === undefined ? "/api/progress" : "/";
      if (options.multiUser === true) {
        if (web !== undefined) io.out(`Open ${base}/ to sign in\n`);
        io.out(`Sign up: POST ${base}/api/auth/signup (or in the web app)\n`);
      } else io.out(`Open ${base}${page}?token=${token}\n`);
      io.out(`API description: ${base}/api/openapi.json\n`);
      const close = async () => {
        // Stop taking connections, let in-flight requests finish, then close the database.
        await new Promise<void>((done) => {
          server.close(() => {
            done();
          });
        });
        await store.close();
      };
      running({ close, url: `${base}${page}?token=${token}` });
      exit(EXIT.ok);
    });
}
