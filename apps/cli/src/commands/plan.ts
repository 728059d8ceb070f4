import { loadContent } from "@pyprep/content";
import {
  LEVELS,
  Scheduler,
  dailyPlan,
  interviewDay,
  settingsOf,
  todayFor,
  type Bank,
  type Level,
  type Plan,
} from "@pyprep/core";
import { Option, type Command } from "commander";
import { EXIT, UsageError, type ExitCode, type Io } from "../io.ts";
import { withLearner } from "../learner.ts";
import { DEFAULT_CONTENT_DIR } from "./content.ts";

interface PlanOptions {
  readonly level?: Level;
  readonly date?: string;
  readonly minutes?: string;
  readonly json?: boolean;
  readonly data?: string;
}

export function registerPlanCommand(
  program: Command,
  io: Io,
  exit: (code: ExitCode) => void,
  now: () => Date,
): void {
  program
    .command("plan")
    .description(
      "today's study plan: yours (settings and history), or with --level, --date and --minutes for a learner with no history yet",
    )
    .addOption(new Option("--level <band>", "target band").choices([...LEVELS]))
    .option("--date <YYYY-MM-DD>", "the interview date")
    .option("--minutes <n>", "minutes a day")
    .option("--json", "print the plan as JSON")
    .option("--data <dir>", "data directory (default $PYPREP_HOME or ~/.local/share/pyprep)")
    .addHelpText(
      "after",
      `
Examples:
  $ pyprep plan
  $ pyprep plan --level mid --date 2027-01-15 --minutes 45
  $ pyprep plan --level senior --date 2027-02-01 --minutes 90 --json`,
    )
    .action(async (options: PlanOptions) => {
      const today = now();
      const given = [options.level, options.date, options.minutes].filter((o) => o !== undefined);
      if (given.length === 0) {
        await withLearner(io, options.data, today, async ({ store, bank, userId }) => {
          const plan = await todayFor(store, bank, userId, today);
          if (plan === undefined)
            throw new UsageError(
              "set your interview date first (pyprep settings set interviewDate YYYY-MM-DD), or give --level, --date and --minutes",
            );
          const settings = await settingsOf(store, userId);
          printPlan(io, bank, plan, settings.minutesPerDay, options.json === true);
        });
        exit(EXIT.ok);
        return;
      }
      if (
        options.level === undefined ||
        options.date === undefined ||
        options.minutes === undefined
      )
        throw new UsageError("give all of --level, --date and --minutes, or none (your own plan)");
      const date = parseDate(options.date);
      if (date.getTime() <= today.getTime())
        throw new UsageError(`--date must be in the future, got ${options.date}`);
      const minutes = Number(options.minutes);
      if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600) {
        throw new UsageError(
          `--minutes must be a whole number from 5 to 600, got ${options.minutes}`,
        );
      }
      const loaded = loadContent(DEFAULT_CONTENT_DIR);
      if (!loaded.ok)
        throw new UsageError("the content bank has problems; run pyprep content check");
      const scheduler = new Scheduler({ interviewDate: date });
      const plan = dailyPlan({
        bank: loaded.bank,
        level: options.level,
        interviewDate: date,
        minutesPerDay: minutes,
        cards: new Map(),
        scheduler,
        now: today,
      });
      printPlan(io, loaded.bank, plan, minutes, options.json === true);
      exit(EXIT.ok);
    });
}

function parseDate(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match === null ? undefined : interviewDay(text);
  if (
    date === undefined ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== text
  ) {
    throw new UsageError(`--date must be a date as YYYY-MM-DD, got ${text}`);
  }
  return date;
}

function printPlan(io: Io, bank: Bank, plan: Plan, minutes: number, json: boolean): void {
  if (json) {
    io.out(`${JSON.stringify(plan, null, 2)}\n`);
  } else {
    const titles = new Map(
      bank.areas.flatMap((a) => a.topics.map((t) => [t.id, t.title] as const)),
    );
    const lines = [
      `Today: ${plan.items.length} items, about ${Math.round(plan.minutes)} of ${minutes} minutes ` +
        `(${plan.due} due, ${plan.items.filter((i) => i.reason === "new").length} new)`,
      ...plan.items.map(
        (i) =>
          `  ${i.reason === "new" ? "new" : "due"}  ${i.itemId.padEnd(36)} ${i.kind.padEnd(14)} ${String(i.minutes).padStart(4)} min  ${titles.get(i.topic) ?? i.topic}`,
      ),
      "",
      `${plan.coverage.daysLeft} days to go; ${plan.coverage.topicsStarted} of ${plan.coverage.topics} topics started; ` +
        `${plan.coverage.newItemsLeft} items not seen yet.`,
      plan.coverage.message,
    ];
    io.out(`${lines.join("\n")}\n`);
  }
}
