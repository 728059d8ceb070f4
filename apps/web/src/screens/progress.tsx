import type { Chart as ChartType, ChartConfiguration } from "chart.js";
import { useEffect, useRef } from "preact/hooks";
import { client, type Progress } from "../api.ts";
import { ErrorBox, Loading, Page } from "../components/basics.tsx";
import { LEVEL_NAMES, useData } from "../data.tsx";
import { useAsync } from "../hooks.ts";

/// A Chart.js chart, loaded on first use, with a text alternative for screen readers.
function ChartBox({ config, label }: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: ChartType | undefined;
    let cancelled = false;
    void import("chart.js/auto").then(({ Chart }) => {
      if (cancelled || canvas.current === null) return;
      const dark = document.documentElement.dataset.theme === "dark";
      Chart.defaults.color = dark ? "#d6dde6" : "#27313d";
      Chart.defaults.borderColor = dark ? "#3a4552" : "#d9dee5";
      chart = new Chart(canvas.current, config);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [JSON.stringify(config.data)]);
  return (
    <div class="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

const BLUE = "#3572a5";
const YELLOW = "#e0b000";

function Heatmap({ days }: { days: Progress["activity"]["days"] }) {
  const max = Math.max(1, ...days.map((d) => d.reviews));
  // Columns are weeks, rows weekdays; the last column ends today.
  const first = new Date(`${days[0]?.day ?? "2000-01-01"}T00:00:00Z`).getUTCDay();
  const cells = [...Array.from({ length: first }, () => undefined), ...days];
  const weeks = Math.ceil(cells.length / 7);
  const active = days.filter((d) => d.reviews > 0).length;
  return (
    <figure class="heatmap-box">
      <svg
        class="heatmap"
        viewBox={`0 0 ${weeks * 13} ${7 * 13}`}
        role="img"
        aria-label={`Reviews per day over the last ${days.length} days: active on ${active} days`}
      >
        {cells.map((d, i) =>
          d === undefined ? null : (
            <rect
              key={d.day}
              x={Math.floor(i / 7) * 13}
              y={(i % 7) * 13}
              width={11}
              height={11}
              rx={2}
              class={`heat heat-${d.reviews === 0 ? 0 : Math.min(4, Math.ceil((d.reviews / max) * 4))}`}
            >
              <title>
                {d.day}: {d.reviews} reviews
              </title>
            </rect>
          ),
        )}
      </svg>
      <figcaption class="hint">
        Reviews per day, last {days.length} days (darker is more).
      </figcaption>
    </figure>
  );
}

export function ProgressScreen() {
  const data = useData();
  const progress = useAsync(() => client.progress(), []);
  if (progress.state === "loading") return <Loading label="Computing your readiness…" />;
  if (progress.state === "error")
    return <ErrorBox error={progress.error} retry={progress.reload} />;
  const p = progress.value;
  const areaTitle = (a: string) => data.bank.areas.find((x) => x.id === a)?.title ?? a;
  const levels = ["junior", "mid", "senior"] as const;
  const projected = new Map(p.readiness.projected.byArea.map((a) => [a.area, a.readiness]));
  const weeks = p.activity.retentionByWeek.slice(-12);
  const today = new Date();
  return (
    <Page title="Progress">
      <div class="stats">
        {levels.map((l) => (
          <div class="stat" key={l}>
            <span class="stat-value">{p.readiness.byLevel[l]}</span> {LEVEL_NAMES[l]} readiness
            <span class="hint"> (on the day: {p.readiness.projected.byLevel[l]})</span>
          </div>
        ))}
        <div class="stat">
          <span class="stat-value">
            {p.studied}/{p.items}
          </span>{" "}
          items studied
        </div>
      </div>
      <h2>Readiness by area</h2>
      <ChartBox
        label={`Readiness by area: ${p.readiness.byArea.map((a) => `${areaTitle(a.area)} ${a.readiness}`).join(", ")}`}
        config={{
          type: "bar",
          data: {
            labels: p.readiness.byArea.map((a) => areaTitle(a.area)),
            datasets: [
              {
                label: "Now",
                data: p.readiness.byArea.map((a) => a.readiness),
                backgroundColor: BLUE,
              },
              {
                label: "On the interview day",
                data: p.readiness.byArea.map((a) => projected.get(a.area) ?? 0),
                backgroundColor: YELLOW,
              },
            ],
          },
          options: {
            indexAxis: "y",
            maintainAspectRatio: false,
            scales: { x: { min: 0, max: 100 } },
            animation: false,
          },
        }}
      />
      <h2>Weakest topics</h2>
      {p.readiness.weakest.length === 0 ? (
        <p class="empty">Nothing to show yet.</p>
      ) : (
        <ol>
          {p.readiness.weakest.map((w) => (
            <li key={w.topic}>
              <a href={`/topic/${w.topic}`}>{data.topics.get(w.topic)?.topic.title ?? w.topic}</a> (
              {Math.round(w.mastery * 100)}%) — {w.why}
            </li>
          ))}
        </ol>
      )}
      <div class="two">
        <div>
          <h2>Reviews due, next 14 days</h2>
          <ChartBox
            label={`Reviews due per day: ${p.reviewsDueByDay.join(", ")}`}
            config={{
              type: "bar",
              data: {
                labels: p.reviewsDueByDay.map((_, i) =>
                  new Date(today.getTime() + i * 86_400_000).toLocaleDateString(undefined, {
                    month: "short",
                    day: "numeric",
                  }),
                ),
                datasets: [{ label: "Due", data: p.reviewsDueByDay, backgroundColor: BLUE }],
              },
              options: {
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: false } },
              },
            }}
          />
        </div>
        <div>
          <h2>Retention by week</h2>
          <ChartBox
            label={`Share of reviews recalled per week: ${weeks.map((w) => (w === null ? "none" : `${Math.round(w * 100)}%`)).join(", ")}`}
            config={{
              type: "line",
              data: {
                labels: weeks.map((_, i) =>
                  i === weeks.length - 1 ? "this week" : `${weeks.length - 1 - i} wk ago`,
                ),
                datasets: [
                  {
                    label: "Recalled",
                    data: weeks.map((w) => (w === null ? null : Math.round(w * 100))),
                    borderColor: BLUE,
                    backgroundColor: BLUE,
                    spanGaps: true,
                  },
                ],
              },
              options: {
                maintainAspectRatio: false,
                animation: false,
                scales: { y: { min: 0, max: 100 } },
                plugins: { legend: { display: false } },
              },
            }}
          />
        </div>
      </div>
      <h2>Activity</h2>
      <p>
        Streak: <strong>{p.activity.streak}</strong> {p.activity.streak === 1 ? "day" : "days"}
      </p>
      <Heatmap days={p.activity.days} />
    </Page>
  );
}
