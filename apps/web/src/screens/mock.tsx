import type { Level, MockReport, MockSession } from "@pyprep/core";
import type { JudgeResult } from "@pyprep/judge";
import { useEffect, useState } from "preact/hooks";
import { client, type AnswerPayload } from "../api.ts";
import { Bar, ErrorBox, Loading, Page } from "../components/basics.tsx";
import { AnswerInput, Prompt } from "../components/question.tsx";
import { Workspace } from "../components/workspace.tsx";
import { KIND_NAMES, LEVEL_NAMES, itemTitle, useData } from "../data.tsx";
import { useAsync } from "../hooks.ts";
import { navigate } from "../router.ts";

const MIX_KINDS = ["concept", "exercise", "predict-output", "mcq", "design"] as const;
const MIX_NAMES: Record<string, string> = { ...KIND_NAMES, exercise: "Coding" };

const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

export function MockScreen({ id }: { id: string | undefined }) {
  const [running, setRunning] = useState<{ id: string; session: MockSession } | undefined>();
  if (id !== undefined) return <MockReportScreen id={id} />;
  if (running !== undefined)
    return (
      <MockRun
        id={running.id}
        session={running.session}
        onReport={() => {
          navigate(`/mock/${running.id}`);
        }}
      />
    );
  return <MockSetup onStart={setRunning} />;
}

function MockSetup({ onStart }: { onStart: (m: { id: string; session: MockSession }) => void }) {
  const data = useData();
  const past = useAsync(() => client.mocks(), []);
  const [level, setLevel] = useState<Level>(data.settings.level);
  const [minutes, setMinutes] = useState("30");
  const [mix, setMix] = useState<Record<string, number>>({
    concept: 3,
    exercise: 1,
    "predict-output": 1,
    mcq: 1,
    design: 1,
  });
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const start = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    const length = Number(minutes);
    if (!Number.isInteger(length) || length < 5 || length > 240) {
      setError("The length must be a whole number of minutes from 5 to 240.");
      return;
    }
    if (Object.values(mix).every((w) => w === 0)) {
      setError("Give at least one kind of question a weight.");
      return;
    }
    setBusy(true);
    try {
      onStart(await client.startMock(level, length, mix));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title="Mock interview">
      <p class="lead">A timed interview: one question after another, then a report per area.</p>
      <form class="form" onSubmit={(e) => void start(e)}>
        <label for="mock-level">Band</label>
        <select
          id="mock-level"
          value={level}
          onChange={(e) => {
            setLevel((e.target as HTMLSelectElement).value as Level);
          }}
        >
          {(["junior", "mid", "senior"] as const).map((l) => (
            <option key={l} value={l}>
              {LEVEL_NAMES[l]}
            </option>
          ))}
        </select>
        <label for="mock-minutes">Length in minutes</label>
        <input
          id="mock-minutes"
          type="number"
          min={5}
          max={240}
          value={minutes}
          onInput={(e) => {
            setMinutes((e.target as HTMLInputElement).value);
          }}
        />
        <fieldset>
          <legend>Mix (relative weights)</legend>
          {MIX_KINDS.map((kind) => (
            <label class="mix" key={kind}>
              {MIX_NAMES[kind]}
              <input
                type="number"
                min={0}
                max={10}
                value={mix[kind] ?? 0}
                onInput={(e) => {
                  setMix({
                    ...mix,
                    [kind]: Math.max(0, Number((e.target as HTMLInputElement).value) || 0),
                  });
                }}
              />
            </label>
          ))}
        </fieldset>
        {error !== undefined && <ErrorBox error={error} />}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? "Preparing…" : "Start the interview"}
        </button>
      </form>
      <h2>Past interviews</h2>
      {past.state === "loading" && <Loading label="Loading past interviews…" />}
      {past.state === "error" && <ErrorBox error={past.error} retry={past.reload} />}
      {past.state === "ready" &&
        (past.value.length === 0 ? (
          <p class="empty">None yet.</p>
        ) : (
          <ul class="queue">
            {[...past.value].reverse().map((m) => (
              <li key={m.id}>
                <a href={`/mock/${m.id}`}>
                  {new Date(m.at).toLocaleString()} — {m.session.level},{" "}
                  {m.session.questions.length} questions
                </a>
                <span class="hint">
                  {m.report === undefined
                    ? "not finished"
                    : `score ${Math.round(m.report.score * 100)}%`}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </Page>
  );
}

interface Given {
  readonly itemId: string;
  readonly answer: AnswerPayload;
  readonly seconds: number;
}

function MockRun({
  id,
  session,
  onReport,
}: {
  id: string;
  session: MockSession;
  onReport: () => void;
}) {
  const data = useData();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Given[]>([]);
  const [startedAt] = useState(() => Date.now());
  const [questionStarted, setQuestionStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const current = session.questions[index];
  const finish = async (all: Given[]) => {
    setBusy(true);
    setError(undefined);
    try {
      await client.reportMock(id, all);
      onReport();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const give = (answer: AnswerPayload | undefined) => {
    if (current === undefined) return;
    const all =
      answer === undefined
        ? answers
        : [
            ...answers,
            { itemId: current.itemId, answer, seconds: (Date.now() - questionStarted) / 1000 },
          ];
    setAnswers(all);
    if (index + 1 >= session.questions.length) void finish(all);
    else {
      setIndex(index + 1);
      setQuestionStarted(Date.now());
    }
  };
  const left = session.totalMinutes * 60 - (now - startedAt) / 1000;
  const questionLeft = (current?.limitMinutes ?? 0) * 60 - (now - questionStarted) / 1000;
  const question = current === undefined ? undefined : data.questions.get(current.itemId);
  const exercise = current === undefined ? undefined : data.exercises.get(current.itemId);
  return (
    <Page
      title={`Mock interview — question ${Math.min(index + 1, session.questions.length)} of ${session.questions.length}`}
      actions={
        <div class="timer" role="timer" aria-label="Time left">
          <span class={left < 60 ? "warning" : ""}>{clock(left)}</span> left
          <span class="hint"> · this question {clock(questionLeft)}</span>
        </div>
      }
    >
      {left <= 0 && (
        <p class="warning" role="alert">
          Time is up. Finish the question you are on, or end the interview.
        </p>
      )}
      {question !== undefined && (
        <article class="card" aria-label="Question">
          <p class="meta">
            <span class="tag">{KIND_NAMES[question.kind]}</span>
          </p>
          <Prompt question={question} />
          <AnswerInput
            key={question.id}
            question={question}
            busy={busy}
            onSubmit={give}
            label="Answer and continue"
          />
        </article>
      )}
      {exercise !== undefined && (
        <>
          <h2>{exercise.title}</h2>
          <Workspace
            key={exercise.id}
            exercise={exercise}
            onSubmitted={(result: JudgeResult, code: string) => {
              give({
                kind: "judged",
                verdict: result.verdict,
                passed: result.passed,
                total: result.passed + result.failed,
                code,
              });
            }}
          />
        </>
      )}
      {error !== undefined && <ErrorBox error={error} retry={() => void finish(answers)} />}
      <div class="row">
        <button
          type="button"
          class="ghost"
          disabled={busy}
          onClick={() => {
            give(undefined);
          }}
        >
          Skip this question
        </button>
        <button type="button" class="ghost" disabled={busy} onClick={() => void finish(answers)}>
          End the interview now
        </button>
      </div>
    </Page>
  );
}

function MockReportScreen({ id }: { id: string }) {
  const data = useData();
  const mocks = useAsync(() => client.mocks(), [id]);
  if (mocks.state === "loading") return <Loading label="Loading the report…" />;
  if (mocks.state === "error") return <ErrorBox error={mocks.error} retry={mocks.reload} />;
  const record = mocks.value.find((m) => m.id === id);
  if (record === undefined) return <ErrorBox error={`There is no mock interview "${id}".`} />;
  const report: MockReport | undefined = record.report;
  if (report === undefined)
    return (
      <Page title="Mock interview">
        <p>
          This interview was not finished. <a href="/mock">Start another</a>.
        </p>
      </Page>
    );
  const areaTitle = (a: string) => data.bank.areas.find((x) => x.id === a)?.title ?? a;
  return (
    <Page title="Mock interview report">
      <p class="lead">
        Score <strong>{Math.round(report.score * 100)}%</strong> in {clock(report.totalSeconds)} ·{" "}
        {record.session.questions.length} questions · {record.session.level}
      </p>
      <h2>By area</h2>
      <ul class="by-area">
        {report.byArea.map((a) => (
          <li key={a.area}>
            <span>{areaTitle(a.area)}</span>
            <Bar value={a.score * 100} label={`Score in ${areaTitle(a.area)}`} />
            <span class="hint">{Math.round(a.score * 100)}%</span>
          </li>
        ))}
      </ul>
      <h2>Question by question</h2>
      <ol class="report-questions">
        {report.questions.map((q) => (
          <li key={q.itemId}>
            <p>
              <a
                href={
                  data.exercises.has(q.itemId) ? `/exercise/${q.itemId}` : `/question/${q.itemId}`
                }
              >
                {itemTitle(data, q.itemId)}
              </a>{" "}
              — {Math.round(q.score * 100)}%, {clock(q.seconds)}
              {q.overTime && <span class="tag warning">over time</span>}
            </p>
            {q.missed.length > 0 && (
              <>
                <p class="hint">Missed key points:</p>
                <ul class="keypoints">
                  {q.missed.map((m) => (
                    <li key={m} class="missed">
                      {m}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
      {report.revisit.length > 0 && (
        <>
          <h2>Topics to revisit</h2>
          <ul>
            {report.revisit.map((t) => (
              <li key={t}>
                <a href={`/topic/${t}`}>{data.topics.get(t)?.topic.title ?? t}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/mock">Past interviews and a new one</a>
      </p>
    </Page>
  );
}
