// A question: the prompt and the controls of its kind, then the grade, the model answer and the
// rating buttons (Again/Hard/Good/Easy, keys 1–4) preset to the suggested rating.
import type { Grade, Question } from "@pyprep/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { client, type AnswerPayload, type AnswerResult } from "../api.ts";
import { KIND_NAMES, itemPath, useData } from "../data.tsx";
import { useKeys } from "../hooks.ts";
import { ErrorBox, Markdown } from "./basics.tsx";
import { SaveControls } from "./saved.tsx";

export const RATINGS = [
  { value: 1, name: "Again" },
  { value: 2, name: "Hard" },
  { value: 3, name: "Good" },
  { value: 4, name: "Easy" },
] as const;

function codeBlock(code: string): string {
  return "```python\n" + code.replace(/\n$/, "") + "\n```";
}

/// The prompt of a question, with its code for the kinds that have one.
export function Prompt({ question }: { question: Question }) {
  return (
    <div class="prompt">
      <Markdown source={question.prompt} />
      {(question.kind === "predict-output" || question.kind === "review") && (
        <Markdown source={codeBlock(question.code)} />
      )}
    </div>
  );
}

/// The answer controls of a question's kind. Keeps what the learner typed until it is accepted.
/// Render it with `key={question.id}`: a new question gets fresh controls.
export function AnswerInput({
  question,
  onSubmit,
  busy,
  label = "Submit answer",
}: {
  question: Question;
  onSubmit: (answer: AnswerPayload) => void;
  busy: boolean;
  label?: string;
}) {
  const [text, setText] = useState("");
  const [selected, setSelected] = useState<number[]>([]);
  const data = useData();
  if (question.kind === "code" || question.kind === "debug") {
    return (
      <p>
        This is a coding question: solve it in the{" "}
        <a href={itemPath(data, question.exercise)}>exercise workspace</a>.
      </p>
    );
  }
  if (question.kind === "mcq") {
    const multiple = question.choices.filter((c) => c.correct).length > 1;
    const toggle = (i: number) => {
      setSelected((s) => (multiple ? (s.includes(i) ? s.filter((x) => x !== i) : [...s, i]) : [i]));
    };
    return (
      <form
        class="answer"
        onSubmit={(e) => {
          e.preventDefault();
          if (selected.length > 0) onSubmit({ kind: "choices", selected });
        }}
      >
        <fieldset>
          <legend>{multiple ? "Choose every correct answer" : "Choose one answer"}</legend>
          {question.choices.map((choice, i) => (
            <label class="choice" key={i}>
              <input
                type={multiple ? "checkbox" : "radio"}
                name={`choice-${question.id}`}
                checked={selected.includes(i)}
                onChange={() => {
                  toggle(i);
                }}
              />
              <span class="choice-letter">{String.fromCharCode(65 + i)}</span>
              <Markdown source={choice.text} class="inline" />
            </label>
          ))}
        </fieldset>
        <button type="submit" class="primary" disabled={busy || selected.length === 0}>
          {label}
        </button>
      </form>
    );
  }
  const output = question.kind === "predict-output";
  return (
    <form
      class="answer"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() !== "")
          onSubmit(output ? { kind: "output", text } : { kind: "text", text });
      }}
    >
      <label for={`answer-${question.id}`}>{output ? "What does it print?" : "Your answer"}</label>
      <textarea
        id={`answer-${question.id}`}
        class={output ? "mono" : ""}
        rows={output ? 5 : 8}
        value={text}
        spellcheck={!output}
        placeholder={output ? "Type the exact output" : "Answer as you would in the interview"}
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            if (text.trim() !== "")
              onSubmit(output ? { kind: "output", text } : { kind: "text", text });
          }
        }}
      />
      <div class="row">
        <button type="submit" class="primary" disabled={busy || text.trim() === ""}>
          {busy ? "Grading…" : label}
        </button>
        <span class="hint">Ctrl+Enter submits</span>
      </div>
    </form>
  );
}

/// What the grader found: score, key points hit (with the words that showed them) and missed,
/// misconceptions, per-choice explanations, expected output.
export function GradeView({
  question,
  grade,
  answer,
}: {
  question: Question;
  grade: Grade;
  answer: AnswerPayload | undefined;
}) {
  const percent = Math.round(grade.score * 100);
  return (
    <div class="grade" aria-live="polite">
      <p
        class={`score score-${grade.rating >= 3 ? "good" : grade.rating === 2 ? "hard" : "again"}`}
      >
        Score <strong>{percent}%</strong>
      </p>
      {grade.keyPoints.length > 0 && (
        <ul class="keypoints" aria-label="Key points">
          {grade.keyPoints.map((k) => (
            <li key={k.text} class={k.hit ? "hit" : "missed"}>
              <span class="mark" aria-hidden="true">
                {k.hit ? "✓" : "✗"}
              </span>
              <span class="sr-only">{k.hit ? "Hit: " : "Missed: "}</span>
              {k.text}
              {k.hit && k.evidence !== "" && <q class="evidence">{k.evidence}</q>}
              {k.contradiction !== undefined && (
                <span class="contradiction">
                  {" "}
                  You said the opposite: <q>{k.contradiction}</q>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {grade.misconceptions.length > 0 && (
        <div class="misconceptions">
          <h3>Common misconceptions in your answer</h3>
          <ul>
            {grade.misconceptions.map((m) => (
              <li key={m.text}>
                <q>{m.evidence}</q> — {m.correction}
              </li>
            ))}
          </ul>
          <p class="hint">
            {grade.rating === 1
              ? "A false claim brings the question back soon, so the suggestion is Again."
              : "A false claim brings the question back soon; the rest of the answer is strong, so the suggestion is Hard."}
          </p>
        </div>
      )}
      {question.kind === "mcq" && (
        <ol class="explanations" type="A">
          {question.choices.map((c, i) => (
            <li
              key={i}
              class={
                c.correct
                  ? "correct"
                  : answer?.kind === "choices" && answer.selected.includes(i)
                    ? "chosen-wrong"
                    : ""
              }
            >
              <strong>{c.correct ? "Correct. " : "Wrong. "}</strong>
              <Markdown source={c.explanation} class="inline" />
            </li>
          ))}
        </ol>
      )}
      {question.kind === "predict-output" && (
        <div class="outputs">
          <div>
            <h3>Expected output</h3>
            <pre tabIndex={0} class="output">
              {question.output}
            </pre>
          </div>
          {answer?.kind === "output" && (
            <div>
              <h3>Your answer</h3>
              <pre tabIndex={0} class="output">
                {answer.text}
              </pre>
            </div>
          )}
        </div>
      )}
      <details class="model" open>
        <summary>Model answer</summary>
        <Markdown source={question.answer} />
      </details>
    </div>
  );
}

/// Again/Hard/Good/Easy with keys 1–4, preset to the suggestion; Enter confirms it.
export function RatingBar({
  suggested,
  onRate,
  busy,
}: {
  suggested: number;
  onRate: (rating: number) => void;
  busy: boolean;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  useKeys((event) => {
    if (busy) return;
    const n = Number(event.key);
    if (n >= 1 && n <= 4) {
      event.preventDefault();
      onRate(n);
    }
  });
  return (
    <div class="rating" role="group" aria-label="How well did you know it? (keys 1–4)">
      {RATINGS.map((r) => (
        <button
          type="button"
          key={r.value}
          {...(r.value === suggested ? { ref: first } : {})}
          class={`rate rate-${r.value} ${r.value === suggested ? "suggested" : ""}`}
          aria-pressed={r.value === suggested}
          disabled={busy}
          onClick={() => {
            onRate(r.value);
          }}
        >
          <kbd>{r.value}</kbd> {r.name}
          {r.value === suggested && <span class="sr-only"> (suggested)</span>}
        </button>
      ))}
    </div>
  );
}

/// A whole question: answer, grade, rate. `onDone` runs after the rating is recorded. Render it
/// with `key={question.id}`.
export function QuestionCard({ question, onDone }: { question: Question; onDone?: () => void }) {
  const data = useData();
  const [result, setResult] = useState<AnswerResult | undefined>();
  const [answer, setAnswer] = useState<AnswerPayload | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [rated, setRated] = useState<string | undefined>();
  const submit = async (payload: AnswerPayload) => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await client.answer(question.id, payload));
      setAnswer(payload);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const rate = async (rating: number) => {
    setBusy(true);
    setError(undefined);
    try {
      const { due } = await client.review(question.id, rating);
      setRated(due);
      onDone?.();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const topic = data.topics.get(question.topics[0] ?? "");
  return (
    <article class="card question" aria-label="Question">
      <p class="meta">
        <span class="tag">{KIND_NAMES[question.kind]}</span>
        <span class="tag">{question.level}</span>
        {topic !== undefined && <a href={`/topic/${topic.topic.id}`}>{topic.topic.title}</a>}
      </p>
      <Prompt question={question} />
      {result === undefined ? (
        <AnswerInput
          key={question.id}
          question={question}
          onSubmit={(a) => void submit(a)}
          busy={busy}
        />
      ) : (
        <>
          <GradeView question={question} grade={result.grade} answer={answer} />
          {rated === undefined ? (
            <RatingBar suggested={result.grade.rating} onRate={(r) => void rate(r)} busy={busy} />
          ) : (
            <p class="done" role="status">
              Rated. Next review: {new Date(rated).toLocaleDateString()}
            </p>
          )}
        </>
      )}
      {error !== undefined && <ErrorBox error={error} />}
      <SaveControls itemId={question.id} />
    </article>
  );
}
