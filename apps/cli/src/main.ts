import { Command, CommanderError } from "commander";
import { registerAnalyzeCommand } from "./commands/analyze.ts";
import { registerContentCommands } from "./commands/content.ts";
import { registerGradeCommand } from "./commands/grade.ts";
import { registerJudgeCommand } from "./commands/judge.ts";
import { registerPlanCommand } from "./commands/plan.ts";
import { registerServeCommand } from "./commands/serve.ts";
import { registerTransferCommands } from "./commands/transfer.ts";
import { registerExerciseCommands } from "./commands/exercise.ts";
import { registerMockCommand } from "./commands/mock.ts";
import { registerProgressCommand, registerSettingsCommand } from "./commands/progress.ts";
import { registerReviewCommand } from "./commands/review.ts";
import { EXIT, UsageError, processIo, type ExitCode, type Io } from "./io.ts";

/// Runs the pyprep command line with `argv` (without the node and script names) and resolves
/// to the exit code: 0 ok, 1 a failed check or verdict, 2 a usage error.
export async function main(
  argv: readonly string[],
  io: Io = processIo(),
  now: () => Date = () => new Date(),
): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = new Command("pyprep")
    .description(
      "Get ready for Python interviews: curriculum, questions, exercises, spaced review.",
    )
    .version("0.1.0", "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        io.out(text);
      },
      writeErr: (text) => {
        io.err(text);
      },
    })
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText(
      "after",
      `
Examples:
  $ pyprep content check      validate the content bank
  $ pyprep content stats      what the bank holds and how much of the guide it covers
  $ pyprep judge --solution two_fer.py --tests two_fer_test.py
  $ pyprep analyze --solution two_sum.py   what an interviewer would point out
  $ pyprep grade --question lists-vs-tuples --answer "Lists are mutable, tuples are not."
  $ pyprep settings set interviewDate 2027-01-15
  $ pyprep review             today's queue in the terminal
  $ pyprep exercise start two-sum && cd ~/pyprep-exercises/two-sum && pyprep check
  $ pyprep mock --minutes 30  a timed mock interview
  $ pyprep progress           readiness per band and area`,
    );
  const exit = (c: ExitCode) => {
    code = c;
  };
  registerContentCommands(program, io, exit);
  registerJudgeCommand(program, io, exit);
  registerAnalyzeCommand(program, io, exit);
  registerGradeCommand(program, io, exit);
  registerPlanCommand(program, io, exit, now);
  registerReviewCommand(program, io, exit, now);
  registerExerciseCommands(program, io, exit, now);
  registerMockCommand(program, io, exit, now);
  registerProgressCommand(program, io, exit, now);
  registerSettingsCommand(program, io, exit, now);
  registerTransferCommands(program, io, exit, now);
  registerServeCommand(program, io, exit, now, (server) => {
    const stop = () => {
      void server.close().then(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits with code 0; everything else Commander reports is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`pyprep: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
