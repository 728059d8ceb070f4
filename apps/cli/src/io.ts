/// What a command may touch of the outside world; tests pass their own.
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /// Whether stdout is a terminal (colours and progress only then).
  readonly isTty: boolean;
  /// Standard input, for the interactive commands (review, mock, solution).
  readonly stdin?: NodeJS.ReadableStream;
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/// A usage error (unknown flag, unreadable file): exit code 2 with the message.
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    isTty: process.stdout.isTTY,
    stdin: process.stdin,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}
