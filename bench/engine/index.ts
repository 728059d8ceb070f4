// Engine benchmark: today's queue for 5,000 items and 50,000 review logs.
//   npx tsx bench/engine/index.ts
import { cpus } from "node:os";
import {
  Scheduler,
  dailyPlan,
  itemsOf,
  mulberry32,
  readiness,
  type Rating,
  type ReviewLogEntry,
} from "@pyprep/core";
import { syntheticBank } from "../../packages/core/src/testing.ts";

const NOW = new Date("2026-06-01T08:00:00Z");
const DAY = 86_400_000;
const bank = syntheticBank({ areas: 20, topicsPerArea: 25, itemsPerTopic: 10 });
const items = itemsOf(bank);
const random = mulberry32(42);

// 50,000 reviews over the last 120 days on the first 4,000 items (about 12 each).
const logs: ReviewLogEntry[] = [];
const studied = items.slice(0, 4000);
for (let i = 0; i < 50_000; i += 1) {
  const item = studied[Math.floor(random() * studied.length)];
  if (item === undefined) continue;
  const rating: Rating = random() < 0.15 ? 1 : random() < 0.2 ? 2 : random() < 0.9 ? 3 : 4;
  logs.push({
    itemId: item.id,
    rating,
    reviewedAt: new Date(NOW.getTime() - random() * 120 * DAY),
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const time = (f: () => unknown, runs = 15) => {
  for (let i = 0; i < 3; i += 1) f();
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return median(out);
};

const scheduler = new Scheduler({ interviewDate: new Date(NOW.getTime() + 30 * DAY) });
const cards = scheduler.replayAll(logs);
const input = {
  bank,
  level: "senior" as const,
  interviewDate: new Date(NOW.getTime() + 30 * DAY),
  minutesPerDay: 60,
  cards,
  scheduler,
  now: NOW,
};

const floor = time(() =>
  [...cards.values()]
    .filter((c) => c.due.getTime() <= NOW.getTime())
    .sort((a, b) => a.due.getTime() - b.due.getTime()),
);
const plan = time(() => dailyPlan(input));
const replay = time(() => scheduler.replayAll(logs), 5);
const ready = time(() => readiness({ ...input, now: NOW }), 5);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}`);
console.log(`bank: ${items.length} items, ${logs.length} review logs, ${cards.size} cards\n`);
console.log("| figure | median | floor (same run) | ratio | target |");
console.log("|---|---|---|---|---|");
console.log(
  `| today's queue (dailyPlan) | ${plan.toFixed(1)} ms | sort due cards: ${floor.toFixed(1)} ms | ${(plan / floor).toFixed(1)} × floor, ${(plan / 50).toFixed(2)} × budget | < 50 ms |`,
);
console.log(
  `| replay 50,000 logs into cards | ${replay.toFixed(1)} ms | — | — | reported (done once, then kept) |`,
);
console.log(`| readiness now and at the date | ${ready.toFixed(1)} ms | — | — | reported |`);
