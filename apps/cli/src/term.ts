// Terminal output: colours and spinners only on a terminal, and never with NO_COLOR.
import type { Io } from "./io.ts";

export interface Paint {
  readonly green: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
}

export function colours(io: Io): boolean {
  return io.isTty && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === "");
}

export function paint(io: Io): Paint {
  const on = colours(io);
  const wrap = (open: number, close: number) => (s: string) =>
    on ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    green: wrap(32, 39),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
  };
}

/// A horizontal bar for a 0–100 figure, e.g. `████████░░░░░░░░  52`.
export function bar(value: number, width = 20): string {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  const full = Math.round((v / 100) * width);
  return `${"█".repeat(full)}${"░".repeat(width - full)} ${String(v).padStart(3)}`;
}

/// A spinner on stderr while `work` runs (a plain line when not on a terminal).
export async function withSpinner<T>(io: Io, label: string, work: () => Promise<T>): Promise<T> {
  if (!colours(io)) {
    if (io.isTty) io.err(`${label}…\n`);
    return work();
  }
  const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
  let frame = 0;
  const started = Date.now();
  const timer = setInterval(() => {
    frame = (frame + 1) % frames.length;
    io.err(`\r${frames[frame] ?? ""} ${label}… ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 100);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    io.err("\r\u001b[2K");
  }
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
