import {
  AnswerMismatchError,
  DEFAULT_SETTINGS,
  ImportRefusedError,
  MockSettingsError,
  OutOfOrderReviewError,
  activityOf,
  assembleMock,
  exportLearner,
  grade,
  gradeJudged,
  itemsOf,
  progressOf,
  readExport,
  rebuildCards,
  recordAnswer,
  recordRating,
  recordSubmission,
  schedulerFor,
  scoreMock,
  settingsOf,
  settingsSchema,
  todayFor,
  topicMastery,
  type Bank,
  type MockSession,
  type Rating,
  type Store,
} from "@pyprep/core";
import { randomBytes } from "node:crypto";
import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import {
  LoginLimiter,
  csrfToken,
  hashPassword,
  readSession,
  same,
  signSession,
  verifyPassword,
} from "./auth.ts";
import { openApiDocument } from "./openapi.ts";
import { readInside, type WebFiles } from "./static.ts";
import {
  answerRequestSchema,
  mockReportRequestSchema,
  mockRequestSchema,
  noteRequestSchema,
  reviewRequestSchema,
} from "./schemas.ts";

/// Local mode: one implicit learner on this machine, protected by a random token (given once in
/// the printed URL, then kept in a cookie) and a Host-header check against DNS rebinding.
export interface LocalMode {
  readonly kind: "local";
  readonly token: string;
  readonly userId: string;
  /// Host header values accepted, e.g. ["127.0.0.1:7777", "localhost:7777"].
  readonly hosts: readonly string[];
}

/// Multi-user mode: accounts with scrypt-hashed passwords, stateless signed session cookies
/// (HttpOnly, SameSite=Strict; Secure behind HTTPS), a CSRF token on every state-changing request,
/// and rate-limited logins.
export interface MultiUserMode {
  readonly kind: "multi";
  /// Signs sessions; every instance behind a load balancer must share it.
  readonly secret: string;
  /// Host header values accepted, or "any" behind a proxy that checks them.
  readonly hosts: readonly string[] | "any";
  readonly secureCookies: boolean;
  readonly sessionDays?: number;
}

export interface AppOptions {
  readonly bank: Bank;
  readonly store: Store;
  readonly mode: LocalMode | MultiUserMode;
  /// The clock: every date the server writes comes from here.
  readonly now: () => Date;
  readonly log?: (entry: Record<string, unknown>) => void;
  /// The web app to serve at `/` (and Pyodide at `/pyodide/`); without it only the API is served.
  readonly web?: WebFiles;
  /// Send the headers that make pages cross-origin isolated (SharedArrayBuffer, so a runaway
  /// Python run can be interrupted rather than killed). Default true.
  readonly crossOriginIsolation?: boolean;
}

const DAY_MS = 86_400_000;
const COOKIE = "pyprep_token";
const SESSION = "pyprep_session";
const CSRF = "pyprep_csrf";
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

type Env = { Variables: { userId: string } };

/// The JSON API. Errors are `{ "error": message }` with a 4xx status; nothing a client sends makes
/// it answer 5xx.
export function createApp(options: AppOptions): Hono<Env> {
  const { bank, store, mode, now } = options;
  const items = new Map(itemsOf(bank).map((i) => [i.id, i]));
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  const app = new Hono<Env>();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    options.log?.({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });

  app.use(async (c, next) => {
    c.header("X-Content-Type-Options", "nosniff");
    c.header("X-Frame-Options", "DENY");
    c.header("Referrer-Policy", "no-referrer");
    c.header("Content-Security-Policy", CSP);
    if (options.crossOriginIsolation !== false) {
      c.header("Cross-Origin-Opener-Policy", "same-origin");
      c.header("Cross-Origin-Embedder-Policy", "require-corp");
      c.header("Cross-Origin-Resource-Policy", "same-origin");
    }
    const host = c.req.header("host") ?? "";
    if (mode.hosts !== "any" && !mode.hosts.includes(host)) {
      return c.json(
        { error: `host ${JSON.stringify(host)} is not allowed; open pyprep at the URL it printed` },
        403,
      );
    }
    await next();
    return undefined;
  });

  app.get("/healthz", (c) => c.json({ ok: true }));
  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));
  // What the web app needs to know before it signs anyone in.
  app.get("/api/config", (c) => c.json({ mode: mode.kind }));

  const limiter = new LoginLimiter();
  if (mode.kind === "multi") registerAccounts(app, store, mode, now, limiter);

  // Everything below needs a learner: in local mode the token (first as ?token=…, then kept in a
  // cookie, or a bearer header); in multi-user mode a session cookie, plus the CSRF header on
  // anything that changes data.
  app.use("/api/*", async (c, next) => {
    if (mode.kind === "local") {
      const given =
        c.req.query("token") ??
        bearer(c.req.header("authorization")) ??
        cookie(c.req.header("cookie"), COOKIE);
      if (given !== mode.token)
        return c.json({ error: "missing or wrong token: open the URL pyprep printed" }, 401);
      if (c.req.query("token") !== undefined) {
        c.header("Set-Cookie", `${COOKIE}=${mode.token}; Path=/; HttpOnly; SameSite=Strict`);
      }
      c.set("userId", mode.userId);
    } else {
      const session = cookie(c.req.header("cookie"), SESSION);
      const userId = readSession(mode.secret, session, now().getTime());
      if (session === undefined || userId === undefined)
        return c.json({ error: "sign in first" }, 401);
      if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
        const header = c.req.header("x-csrf-token") ?? "";
        if (!same(header, csrfToken(mode.secret, session))) {
          return c.json({ error: "missing or wrong X-CSRF-Token header" }, 403);
        }
      }
      c.set("userId", userId);
    }
    await next();
    return undefined;
  });

  app.get("/api/auth/me", async (c) => {
    const user = await store.getUser(c.get("userId"));
    return c.json(user === undefined ? { id: c.get("userId") } : { id: user.id, name: user.name });
  });
  app.get("/api/bank", (c) => c.json(bank));

  app.get("/api/settings", async (c) =>
    c.json((await store.getSettings(c.get("userId"))) ?? DEFAULT_SETTINGS),
  );
  app.put("/api/settings", async (c) => {
    const settings = parse(settingsSchema, await body(c));
    await store.putSettings(c.get("userId"), settings, now());
    // Retention and the interview date shape every interval: reschedule from the log.
    await rebuildCards(store, c.get("userId"), schedulerFor(settings));
    return c.json(settings);
  });

  app.get("/api/today", async (c) => {
    const plan = await todayFor(store, bank, c.get("userId"), now());
    if (plan === undefined)
      throw new HTTPException(409, { message: "set an interview date first (PUT /api/settings)" });
    return c.json(plan);
  });

  // Answers to questions, and the judged results of exercises (Python runs on the learner's side:
  // the page or the CLI reports the verdict and the tests passed, with the code).
  const exercises = new Map(bank.exercises.map((e) => [e.id, e]));
  app.post("/api/answers", async (c) => {
    const request = parse(answerRequestSchema, await body(c));
    const userId = c.get("userId");
    const exercise = exercises.get(request.itemId);
    if (exercise !== undefined) {
      const answer = request.answer;
      if (answer.kind !== "judged") {
        throw new HTTPException(400, {
          message: `"${exercise.id}" is an exercise: send its judged result`,
        });
      }
      const result = await recordSubmission(
        store,
        userId,
        exercise.id,
        {
          verdict: answer.verdict,
          passed: answer.passed,
          total: answer.total,
          code: answer.code ?? "",
        },
        now(),
      );
      return c.json({
        grade: result,
        solution: answer.verdict === "accepted" ? exercise.solution : undefined,
      });
    }
    const question = questions.get(request.itemId);
    if (question === undefined)
      throw new HTTPException(404, { message: `no question with id "${request.itemId}"` });
    let result;
    try {
      result = await recordAnswer(store, bank, userId, question.id, request.answer, now());
    } catch (error) {
      if (error instanceof AnswerMismatchError)
        throw new HTTPException(400, { message: error.message });
      throw error;
    }
    return c.json({ grade: result, modelAnswer: question.answer });
  });

  app.post("/api/reviews", async (c) => {
    const request = parse(reviewRequestSchema, await body(c));
    if (!items.has(request.itemId))
      throw new HTTPException(404, { message: `no item with id "${request.itemId}"` });
    let card;
    try {
      card = await recordRating(
        store,
        bank,
        c.get("userId"),
        request.itemId,
        request.rating as Rating,
        now(),
      );
    } catch (error) {
      if (error instanceof OutOfOrderReviewError)
        throw new HTTPException(409, { message: error.message });
      throw error;
    }
    return c.json({
      itemId: card.itemId,
      due: card.due.toISOString(),
      status: card.status,
      stability: card.stability,
    });
  });

  app.get("/api/progress", async (c) => {
    const userId = c.get("userId");
    const at = now();
    const summary = await progressOf(store, bank, userId, at);
    return c.json({
      readiness: summary.readiness,
      activity: activityOf(await store.reviews(userId), at),
      topics: topicMastery({
        bank,
        cards: summary.cards,
        scheduler: schedulerFor(summary.settings),
        at,
      }).map((t) => ({
        topic: t.topic,
        mastery: Math.round(t.mastery * 100),
        seen: t.seen,
        items: t.items,
      })),
      reviewsDueByDay: summary.reviewsDueByDay,
      studied: summary.studied,
      items: summary.items,
    });
  });

  const knownItem = (itemId: string) => {
    if (!items.has(itemId) && !questions.has(itemId))
      throw new HTTPException(404, { message: `no item with id "${itemId}"` });
  };

  // Notes and bookmarks, listed together in one place.
  app.get("/api/saved", async (c) => {
    const userId = c.get("userId");
    const [notes, bookmarks] = await Promise.all([store.notes(userId), store.bookmarks(userId)]);
    return c.json({ notes, bookmarks });
  });
  app.put("/api/notes/:itemId", async (c) => {
    const itemId = c.req.param("itemId");
    knownItem(itemId);
    const { text } = parse(noteRequestSchema, await body(c));
    const userId = c.get("userId");
    if (text.trim() === "") await store.deleteNote(userId, itemId);
    else await store.putNote(userId, { itemId, text, at: now() });
    return c.json({ itemId, text });
  });
  app.put("/api/bookmarks/:itemId", async (c) => {
    const itemId = c.req.param("itemId");
    knownItem(itemId);
    await store.setBookmark(c.get("userId"), itemId, true, now());
    return c.json({ itemId, bookmarked: true });
  });
  app.delete("/api/bookmarks/:itemId", async (c) => {
    const itemId = c.req.param("itemId");
    knownItem(itemId);
    await store.setBookmark(c.get("userId"), itemId, false, now());
    return c.json({ itemId, bookmarked: false });
  });

  // Mock interviews: assemble, then score with the answers.
  app.get("/api/mocks", async (c) => c.json(await store.mocks(c.get("userId"))));
  app.post("/api/mocks", async (c) => {
    const request = parse(mockRequestSchema, await body(c));
    const at = now();
    let session: MockSession;
    try {
      session = assembleMock({
        bank,
        level: request.level,
        minutes: request.minutes,
        seed: request.seed ?? at.getTime() % 2_147_483_647,
        ...(request.mix === undefined ? {} : { mix: request.mix }),
      });
    } catch (error) {
      if (error instanceof MockSettingsError)
        throw new HTTPException(400, { message: error.message });
      throw error;
    }
    if (session.questions.length === 0)
      throw new HTTPException(422, { message: "no questions fit these settings" });
    const id = `mock-${at.getTime().toString(36)}`;
    await store.saveMock(c.get("userId"), { id, session, report: undefined, at });
    return c.json({ id, session });
  });
  app.post("/api/mocks/:id/report", async (c) => {
    const userId = c.get("userId");
    const record = (await store.mocks(userId)).find((m) => m.id === c.req.param("id"));
    if (record === undefined)
      throw new HTTPException(404, { message: `no mock interview "${c.req.param("id")}"` });
    if (record.report !== undefined)
      throw new HTTPException(409, { message: "this mock interview already has its report" });
    const session = record.session as MockSession;
    const request = parse(mockReportRequestSchema, await body(c));
    const asked = new Set(session.questions.map((q) => q.itemId));
    const graded = request.answers.map((a) => {
      if (!asked.has(a.itemId)) {
        throw new HTTPException(400, {
          message: `"${a.itemId}" is not a question of this mock interview`,
        });
      }
      const question = questions.get(a.itemId);
      if (question === undefined) {
        // An exercise: graded from the judge's verdict the page reports.
        if (a.answer.kind !== "judged")
          throw new HTTPException(400, {
            message: `"${a.itemId}" is an exercise: send its judged result`,
          });
        return {
          itemId: a.itemId,
          grade: gradeJudged(a.answer.verdict, a.answer.passed, a.answer.total),
          seconds: a.seconds,
        };
      }
      try {
        return { itemId: a.itemId, grade: grade(question, a.answer), seconds: a.seconds };
      } catch (error) {
        throw new HTTPException(400, { message: (error as Error).message });
      }
    });
    const report = scoreMock(session, graded);
    await store.saveMock(userId, { ...record, report });
    return c.json(report);
  });

  app.get("/api/export", async (c) => c.json(await exportLearner(store, c.get("userId"), now())));
  app.post("/api/import", async (c) => {
    const read = readExport(await body(c));
    if (!read.ok) throw new HTTPException(400, { message: read.message });
    const data = read.data;
    try {
      await store.importAll(c.get("userId"), data);
      await rebuildCards(
        store,
        c.get("userId"),
        schedulerFor(await settingsOf(store, c.get("userId"))),
      );
    } catch (error) {
      if (error instanceof ImportRefusedError)
        throw new HTTPException(409, { message: error.message });
      throw error;
    }
    return c.json({ imported: { reviews: data.reviews.length, attempts: data.attempts.length } });
  });

  if (options.web !== undefined) registerWeb(app, options.web, mode);

  app.notFound((c) => c.json({ error: `no route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
    options.log?.({ level: "error", path: c.req.path, error: String(error) });
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}

const accountSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9_.-]{3,40}$/, "3 to 40 characters among a-z, 0-9, _ . -"),
    password: z.string().min(10, "at least 10 characters").max(200, "at most 200 characters"),
  })
  .strict();

function registerAccounts(
  app: Hono<Env>,
  store: Store,
  mode: MultiUserMode,
  now: () => Date,
  limiter: LoginLimiter,
): void {
  const days = mode.sessionDays ?? 30;
  const startSession = (c: Context, userId: string) => {
    const session = signSession(mode.secret, userId, now().getTime() + days * DAY_MS);
    const secure = mode.secureCookies ? "; Secure" : "";
    const age = `; Max-Age=${String(days * 86_400)}`;
    c.header(
      "Set-Cookie",
      `${SESSION}=${session}; Path=/; HttpOnly; SameSite=Strict${secure}${age}`,
      { append: true },
    );
    const csrf = csrfToken(mode.secret, session);
    c.header("Set-Cookie", `${CSRF}=${csrf}; Path=/; SameSite=Strict${secure}${age}`, {
      append: true,
    });
    return csrf;
  };
  app.post("/api/auth/signup", async (c) => {
    const { name, password } = parse(accountSchema, await body(c));
    if ((await store.findUser(name)) !== undefined)
      throw new HTTPException(409, { message: "that name is taken" });
    const user = await store.createUser(
      name,
      randomBytes(12).toString("base64url"),
      now(),
      await hashPassword(password),
    );
    const csrf = startSession(c, user.id);
    return c.json({ user: { id: user.id, name: user.name }, csrf }, 201);
  });
  app.post("/api/auth/login", async (c) => {
    const { name, password } = parse(accountSchema, await body(c));
    const key = `${name}@${c.req.header("x-forwarded-for") ?? "direct"}`;
    const at = now().getTime();
    if (limiter.blocked(key, at))
      throw new HTTPException(429, { message: "too many failed logins; try again in 15 minutes" });
    const user = await store.findUser(name);
    const hash = user?.passwordHash ?? null;
    if (user === undefined || hash === null || !(await verifyPassword(password, hash))) {
      limiter.fail(key, at);
      throw new HTTPException(401, { message: "wrong name or password" });
    }
    limiter.succeed(key);
    const csrf = startSession(c, user.id);
    return c.json({ user: { id: user.id, name: user.name }, csrf });
  });
  app.post("/api/auth/logout", (c) => {
    c.header("Set-Cookie", `${SESSION}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`, {
      append: true,
    });
    c.header("Set-Cookie", `${CSRF}=; Path=/; SameSite=Strict; Max-Age=0`, { append: true });
    return c.json({ ok: true });
  });
}

/// The web app: Pyodide's files, the app's hashed assets, and index.html for every other page
/// (the app routes in the browser). In local mode, opening the printed URL with ?token=… keeps the
/// token in a cookie and drops it from the address bar.
function registerWeb(app: Hono<Env>, web: WebFiles, mode: LocalMode | MultiUserMode): void {
  const send = (c: Context, dir: string, relative: string, cache: string) => {
    const file = readInside(dir, relative);
    if (file === undefined) return c.json({ error: `no file ${c.req.path}` }, 404);
    c.header("Content-Type", file.type);
    c.header("Cache-Control", cache);
    return c.body(file.body as Uint8Array<ArrayBuffer>);
  };
  app.get("/pyodide/*", (c) =>
    send(c, web.pyodide, c.req.path.slice("/pyodide/".length), "public, max-age=86400"),
  );
  app.get("/assets/*", (c) =>
    send(c, web.root, c.req.path.slice(1), "public, max-age=31536000, immutable"),
  );
  app.get("*", (c, next) => {
    if (c.req.path.startsWith("/api/") || c.req.path === "/healthz") return next();
    const token = c.req.query("token");
    if (mode.kind === "local" && token !== undefined) {
      if (token !== mode.token)
        return c.json({ error: "wrong token: open the URL pyprep printed" }, 401);
      c.header("Set-Cookie", `${COOKIE}=${mode.token}; Path=/; HttpOnly; SameSite=Strict`);
      return c.redirect(c.req.path, 303);
    }
    const asset = c.req.path.slice(1);
    if (/^[\w.-]+\.(svg|png|ico|txt|webmanifest)$/.test(asset))
      return send(c, web.root, asset, "public, max-age=3600");
    return send(c, web.root, "index.html", "no-cache");
  });
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith("Bearer ") === true ? header.slice(7) : undefined;
}

async function body(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new HTTPException(400, { message: "the request body must be JSON" });
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
  throw new HTTPException(400, { message: `${where}${issue?.message ?? "invalid request"}` });
}
