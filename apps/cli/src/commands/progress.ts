import {
  DEFAULT_SETTINGS,
  LEVELS,
  activityOf,
  progressOf,
  rebuildCards,
  schedulerFor,
  settingsOf,
  settingsSchema,
  type Settings,
} from "@pyprep/core";
import type { Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { withLearner } from "../learner.ts";
import { bar, paint } from "../term.ts";

const LEVEL_NAMES = {
  junior: "junior (0–2 y)",
  mid: "mid (2–4 y)",
  senior: "senior (4–6 y)",
} as const;

export function registerProgressCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  now: () => Date,
): void {
  program
    .command("progress")
    .description("readiness per band and area, reviews due in the next days, the weakest topics")
    .option("--json", "print the figures as JSON")
    .option("--data <dir>", "data directory (default $PYPREP_HOME or ~/.local/share/pyprep)")
    .addHelpText("after", "\nExamples:\n  $ pyprep progress\n  $ pyprep progress --json")
    .action(async (options: { json?: boolean; data?: string }) => {
      await withLearner(io, options.data, now(), async ({ store, bank, userId }) => {
        const at = now();
        const summary = await progressOf(store, bank, userId, at, 7);
        const activity = activityOf(await store.reviews(userId), at, 28);
        const areaTitle = new Map(bank.areas.map((a) => [a.id, a.title]));
        const topicTitle = new Map(bank.areas.flatMap((a) => a.topics.map((t) => [t.id, t.title])));
        if (options.json === true) {
          io.out(
            `${JSON.stringify(
              {
                level: summary.settings.level,
                interviewDate: summary.settings.interviewDate,
                readiness: summary.readiness,
                reviewsDueByDay: summary.reviewsDueByDay,
                studied: summary.studied,
                items: summary.items,
                streak: activity.streak,
              },
              null,
              2,
            )}\n`,
          );
          return;
        }
        const p = paint(io);
        const r = summary.readiness;
        const lines = [
          p.bold("Readiness now (on the interview day if nothing more is studied)"),
          ...LEVELS.map(
            (l) =>
              `  ${LEVEL_NAMES[l].padEnd(16)} ${bar(r.byLevel[l])}  (${r.projected.byLevel[l]})`,
          ),
          "",
          p.bold(`By area, ${summary.settings.level} band and below`),
          ...r.byArea.map((a) => {
            const projected = r.projected.byArea.find((x) => x.area === a.area)?.readiness ?? 0;
            return `  ${(areaTitle.get(a.area) ?? a.area).slice(0, 34).padEnd(35)} ${bar(a.readiness)}  (${projected})`;
          }),
          "",
          p.bold("Reviews due"),
          `  ${summary.reviewsDueByDay.map((n, i) => `${i === 0 ? "today" : `+${i}d`} ${n}`).join("  ")}`,
          "",
          p.bold("Weakest topics"),
          ...r.weakest.map(
            (w) =>
              `  ${(topicTitle.get(w.topic) ?? w.topic).padEnd(40)} ${String(Math.round(w.mastery * 100)).padStart(3)}%  ${w.why}`,
          ),
          "",
          `${summary.studied} of ${summary.items} items studied · streak ${activity.streak} ${activity.streak === 1 ? "day" : "days"}` +
            (summary.settings.interviewDate === null
              ? ""
              : ` · interview on ${summary.settings.interviewDate}`),
        ];
        io.out(`${lines.join("\n")}\n`);
      });
      exit(EXIT.ok);
    });
}

const KEYS = ["level", "interviewDate", "minutesPerDay", "retention"] as const;
type Key = (typeof KEYS)[number];

function parseValue(key: Key, value: string): Settings[Key] {
  switch (key) {
    case "level":
      return value;
    case "interviewDate":
      return value === "none" ? null : value;
    case "minutesPerDay":
    case "retention": {
      const n = Number(value);
      if (value.trim() === "" || Number.isNaN(n))
        throw new UsageError(`${key} must be a number, got "${value}"`);
      return n;
    }
  }
}

export function registerSettingsCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  now: () => Date,
): void {
  const settings = program
    .command("settings")
    .description("your band, interview date, minutes a day and desired retention")
    .addHelpText(
      "after",
      `
Keys: level (junior|mid|senior), interviewDate (YYYY-MM-DD, or none), minutesPerDay (5–600),
retention (0.7–0.97).

Examples:
  $ pyprep settings get
  $ pyprep settings set interviewDate 2027-01-15
  $ pyprep settings set level mid`,
    );
  settings
    .command("get")
    .description("print the settings, or one of them")
    .argument("[key]", `one of ${KEYS.join(", ")}`)
    .option("--json", "print as JSON")
    .option("--data <dir>", "data directory")
    .action(async (key: string | undefined, options: { json?: boolean; data?: string }) => {
      if (key !== undefined && !(KEYS as readonly string[]).includes(key))
        throw new UsageError(`unknown setting "${key}"; the keys are ${KEYS.join(", ")}`);
      await withLearner(io, options.data, now(), async ({ store, userId }) => {
        const current = await settingsOf(store, userId);
        if (key !== undefined) {
          const value = current[key as Key];
          io.out(options.json === true ? `${JSON.stringify(value)}\n` : `${value ?? "none"}\n`);
        } else if (options.json === true) io.out(`${JSON.stringify(current, null, 2)}\n`);
        else for (const k of KEYS) io.out(`${k.padEnd(14)} ${current[k] ?? "none"}\n`);
      });
      exit(EXIT.ok);
    });
  settings
    .command("set")
    .description("change one setting (the schedule is recomputed from your reviews)")
    .argument("<key>", `one of ${KEYS.join(", ")}`)
    .argument("<value>", "the new value")
    .option("--data <dir>", "data directory")
    .action(async (key: string, value: string, options: { data?: string }) => {
      if (!(KEYS as readonly string[]).includes(key))
        throw new UsageError(`unknown setting "${key}"; the keys are ${KEYS.join(", ")}`);
      await withLearner(io, options.data, now(), async ({ store, userId }) => {
        const current = (await store.getSettings(userId)) ?? DEFAULT_SETTINGS;
        const next = settingsSchema.safeParse({ ...current, [key]: parseValue(key as Key, value) });
        if (!next.success)
          throw new UsageError(next.error.issues[0]?.message ?? `bad value for ${key}`);
        await store.putSettings(userId, next.data, now());
        await rebuildCards(store, userId, schedulerFor(next.data));
        io.out(`${key} = ${next.data[key as Key] ?? "none"}\n`);
      });
      exit(EXIT.ok);
    });
}
