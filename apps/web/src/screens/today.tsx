import type { Plan } from "@pyprep/core";
import { useEffect, useState } from "preact/hooks";
import { client, type Progress } from "../api.ts";
import { Bar, ErrorBox, Loading, Page } from "../components/basics.tsx";
import { QuestionCard } from "../components/question.tsx";
import { Workspace } from "../components/workspace.tsx";
import { KIND_NAMES, itemPath, itemTitle, useData } from "../data.tsx";
import { useAsync } from "../hooks.ts";
import { python } from "../python.ts";
import { navigate } from "../router.ts";

const todayDone = (progress: Progress) => progress.activity.days.at(-1)?.reviews ?? 0;

export function Today() {
  const data = useData();
  // Python takes seconds to start: warm it up while the learner reads the plan.
  useEffect(() => {
    const timer = setTimeout(() => {
      void python().catch(() => undefined);
    }, 1500);
    return () => {
      clearTimeout(timer);
    };
  }, []);
  const plan = useAsync(() => Promise.all([client.today(), client.progress()]), []);
  if (plan.state === "loading") return <Loading label="Planning today…" />;
  if (plan.state === "error") return <ErrorBox error={plan.error} retry={plan.reload} />;
  const [today, progress] = plan.value;
  const done = todayDone(progress);
  const total = done + today.items.length;
  return (
    <Page
      title="Today"
      actions={
        today.items.length > 0 && (
          <button
            type="button"
            class="primary big"
            onClick={() => {
              navigate("/session");
            }}
          >
            Start ({today.items.length} {today.items.length === 1 ? "item" : "items"}, ~
            {Math.round(today.minutes)} min)
          </button>
        )
      }
    >
      <div class="stats">
        <div class="stat">
          <span class="stat-value">{today.due}</span> due reviews
        </div>
        <div class="stat">
          <span class="stat-value">{today.items.filter((i) => i.reason === "new").length}</span> new
          items
        </div>
        <div class="stat">
          <span class="stat-value">{progress.activity.streak}</span> day streak
        </div>
        <div class="stat">
          <span class="stat-value">{today.coverage.daysLeft}</span> days to the interview
        </div>
      </div>
      <div class="today-progress">
        <p>
          Today's queue: {done} of {total} done
        </p>
        <Bar value={total === 0 ? 100 : (done / total) * 100} label="Today's queue done" />
      </div>
      <p class={`coverage ${today.coverage.feasible ? "" : "warning"}`}>{today.coverage.message}</p>
      {today.items.length === 0 ? (
        <p class="empty">
          Nothing left for today. Come back tomorrow, or explore the <a href="/map">curriculum</a>.
        </p>
      ) : (
        <ol class="queue">
          {today.items.map((item) => (
            <li key={item.itemId}>
              <span class={`tag ${item.reason}`}>{item.reason === "due" ? "Review" : "New"}</span>
              <span class="tag">{KIND_NAMES[item.kind]}</span>
              <a href={itemPath(data, item.itemId)}>{itemTitle(data, item.itemId)}</a>
              <span class="hint">
                {data.topics.get(item.topic)?.topic.title} · ~{Math.round(item.minutes)} min
              </span>
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}

/// Runs today's queue item after item.
export function Session() {
  const data = useData();
  const [round, setRound] = useState(0);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [finished, setFinished] = useState(false);
  const plan = useAsync<Plan>(() => client.today(), [round]);
  if (plan.state === "loading") return <Loading label="Loading the next item…" />;
  if (plan.state === "error") return <ErrorBox error={plan.error} retry={plan.reload} />;
  const left = plan.value.items.filter((i) => !skipped.includes(i.itemId));
  const next = left[0];
  if (next === undefined)
    return (
      <Page title="Session complete">
        <p class="lead">That was today's queue. Well done.</p>
        <p>
          <a href="/progress">See your progress</a> · <a href="/">Back to Today</a>
        </p>
      </Page>
    );
  const question = data.questions.get(next.itemId);
  const exercise = data.exercises.get(next.itemId);
  const advance = () => {
    setFinished(false);
    setRound((r) => r + 1);
  };
  return (
    <Page
      title={`Today's session — ${left.length} left`}
      actions={
        <button
          type="button"
          class="ghost"
          onClick={() => {
            setSkipped([...skipped, next.itemId]);
            setFinished(false);
          }}
        >
          Skip
        </button>
      }
    >
      {question !== undefined && question.kind !== "code" && question.kind !== "debug" && (
        <QuestionCard
          key={question.id}
          question={question}
          onDone={() => {
            setFinished(true);
          }}
        />
      )}
      {exercise !== undefined && (
        <>
          <h2>{exercise.title}</h2>
          <Workspace key={exercise.id} exercise={exercise} />
          <p class="hint">An accepted submission schedules the exercise; then go on.</p>
          <button type="button" onClick={advance}>
            Next item
          </button>
        </>
      )}
      {finished && (
        <div class="row">
          <button type="button" class="primary" autoFocus onClick={advance}>
            Next item
          </button>
        </div>
      )}
    </Page>
  );
}
