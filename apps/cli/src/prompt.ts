// Reading the learner's input line by line (a terminal or a pipe); end of input is not an error.
import { createInterface } from "node:readline";
import { UsageError, type Io } from "./io.ts";

export interface Prompter {
  /// One line, or undefined at the end of input.
  line(question: string): Promise<string | undefined>;
  /// Lines up to an empty line or the end of input (Ctrl-D); undefined when nothing came.
  lines(question: string): Promise<string | undefined>;
  close(): void;
}

export function prompter(io: Io): Prompter {
  if (io.stdin === undefined)
    throw new UsageError("this command reads answers from standard input");
  const rl = createInterface({ input: io.stdin, terminal: false });
  const queue: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  rl.on("line", (line) => {
    const next = waiting.shift();
    if (next === undefined) queue.push(line);
    else next(line);
  });
  rl.on("close", () => {
    ended = true;
    for (const w of waiting.splice(0)) w(undefined);
  });
  const read = (): Promise<string | undefined> => {
    const queued = queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (ended) return Promise.resolve(undefined);
    return new Promise((resolve) => waiting.push(resolve));
  };
  return {
    line: async (question) => {
      io.out(question);
      return read();
    },
    lines: async (question) => {
      io.out(question);
      const got: string[] = [];
      for (;;) {
        const line = await read();
        if (line === undefined || line.trim() === "") break;
        got.push(line);
      }
      return got.length === 0 ? undefined : got.join("\n");
    },
    close: () => {
      rl.close();
    },
  };
}
