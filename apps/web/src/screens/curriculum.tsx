import type { LessonExample } from "@pyprep/core";
import type { JudgeResult } from "@pyprep/judge";
import { useState } from "preact/hooks";
import { client } from "../api.ts";
import { runSnippet } from "../python.ts";
import { Bar, ErrorBox, Markdown, Page } from "../components/basics.tsx";
import { QuestionCard } from "../components/question.tsx";
import { PythonBadge, Workspace } from "../components/workspace.tsx";
import { KIND_NAMES, LEVEL_NAMES, itemPath, itemTitle, useData } from "../data.tsx";
import { useAsync } from "../hooks.ts";

/// Areas and topics in learning order, mastery per topic, prerequisites, links to each topic.
export function CurriculumMap() {
  const data = useData();
  const progress = useAsync(() => client.progress(), []);
  const mastery = new Map(
    progress.state === "ready" ? progress.value.topics.map((t) => [t.topic, t]) : [],
  );
  return (
    <Page title="Curriculum">
      <p class="lead">
        {data.bank.areas.length} areas, {data.topics.size} topics, in the order they build on each
        other. Your band: {LEVEL_NAMES[data.settings.level]}.
      </p>
      {progress.state === "error" && <ErrorBox error={progress.error} retry={progress.reload} />}
      <ol class="areas">
        {data.bank.areas.map((area) => (
          <li key={area.id} class="area">
            <h2 id={`area-${area.id}`}>{area.title}</h2>
            <Markdown source={area.summary} class="hint" />
            <ol class="topics" aria-labelledby={`area-${area.id}`}>
              {area.topics.map((topic) => {
                const m = mastery.get(topic.id);
                return (
                  <li key={topic.id} class={`topic level-${topic.level}`}>
                    <a href={`/topic/${topic.id}`}>{topic.title}</a>
                    <span class="tag">{topic.level}</span>
                    {m !== undefined ? (
                      <span class="mastery">
                        <Bar value={m.mastery} label={`Mastery of ${topic.title}`} />
                        <span class="hint">{m.mastery}%</span>
                      </span>
                    ) : (
                      <span class="hint">no items yet</span>
                    )}
                    {topic.prerequisites.length > 0 && (
                      <span class="prereqs">
                        after{" "}
                        {topic.prerequisites.map((p, i) => (
                          <span key={p}>
                            {i > 0 && ", "}
                            <a href={`/topic/${p}`}>{data.topics.get(p)?.topic.title ?? p}</a>
                          </span>
                        ))}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </Page>
  );
}

/// A topic: summary, the guide's wording, lesson with runnable examples, its questions and exercises.
export function TopicScreen({ id }: { id: string }) {
  const data = useData();
  const entry = data.topics.get(id);
  if (entry === undefined) return <ErrorBox error={`There is no topic "${id}".`} />;
  const { topic, area } = entry;
  const lesson = data.bank.lessons.find((l) => l.topic === id);
  const items = data.byTopic.get(id) ?? { questions: [], exercises: [] };
  return (
    <Page title={topic.title}>
      <p class="meta">
        <a href="/map">{area.title}</a> <span class="tag">{topic.level}</span>
      </p>
      <Markdown source={topic.summary} class="lead" />
      {topic.prerequisites.length > 0 && (
        <p>
          Builds on:{" "}
          {topic.prerequisites.map((p, i) => (
            <span key={p}>
              {i > 0 && ", "}
              <a href={`/topic/${p}`}>{data.topics.get(p)?.topic.title ?? p}</a>
            </span>
          ))}
        </p>
      )}
      {lesson !== undefined && (
        <section aria-labelledby="lesson">
          <h2 id="lesson">{lesson.title}</h2>
          <LessonBody body={lesson.body} examples={lesson.examples} />
        </section>
      )}
      {topic.guide.length > 0 && (
        <details class="guide">
          <summary>In the guide's words</summary>
          <ul>
            {topic.guide.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </details>
      )}
      <h2>Practice</h2>
      {items.questions.length + items.exercises.length === 0 ? (
        <p class="empty">No questions or exercises on this topic yet.</p>
      ) : (
        <ul class="queue">
          {items.questions.map((q) => (
            <li key={q.id}>
              <span class="tag">{KIND_NAMES[q.kind]}</span>
              <a href={itemPath(data, q.id)}>{itemTitle(data, q.id)}</a>
            </li>
          ))}
          {items.exercises.map((e) => (
            <li key={e.id}>
              <span class="tag">{KIND_NAMES[e.kind]}</span>
              <a href={itemPath(data, e.id)}>{e.title}</a>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

/// A lesson's text with each Python example (and its stated output) replaced by a runnable one.
function LessonBody({ body, examples }: { body: string; examples: readonly LessonExample[] }) {
  const parts: (string | LessonExample)[] = [];
  const pattern =
    /```(?:python|py)(?=[ \t\n])[^\n]*\n[\s\S]*?\n```[ \t]*(?:\n\s*```output[ \t]*\n[\s\S]*?\n```[ \t]*)?/g;
  let last = 0;
  let index = 0;
  for (const match of body.matchAll(pattern)) {
    parts.push(body.slice(last, match.index));
    const example = examples[index];
    parts.push(example ?? match[0]);
    index += 1;
    last = match.index + match[0].length;
  }
  parts.push(body.slice(last));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === "string" ? (
          part.trim() === "" ? null : (
            <Markdown key={i} source={part} />
          )
        ) : (
          <Example key={i} code={part.code} runnable={part.runnable} expected={part.output} />
        ),
      )}
    </>
  );
}

/// A lesson example that runs in the page, its output shown next to the expected one.
export function Example({
  code,
  runnable,
  expected,
}: {
  code: string;
  runnable: boolean;
  expected: string | undefined;
}) {
  const [result, setResult] = useState<JudgeResult | undefined>();
  const [busy, setBusy] = useState(false);
  return (
    <div class="example">
      <Markdown source={"```python\n" + code.replace(/\n$/, "") + "\n```"} />
      {runnable && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void runSnippet(code)
              .then(setResult)
              .finally(() => {
                setBusy(false);
              });
          }}
        >
          {busy ? "Running…" : "Run this example"}
        </button>
      )}
      {busy && <PythonBadge />}
      {result !== undefined && (
        <div class="example-result">
          <p class="hint">
            Output
            {expected !== undefined &&
              (result.stdout.trimEnd() === expected.trimEnd()
                ? " — as the lesson says"
                : " — differs from the lesson's")}
          </p>
          <pre tabIndex={0} class="output" aria-label="Output">
            {result.stdout}
            {result.error?.traceback ?? ""}
          </pre>
        </div>
      )}
      {result === undefined && expected !== undefined && (
        <details>
          <summary>Expected output</summary>
          <pre tabIndex={0} class="output">
            {expected}
          </pre>
        </details>
      )}
    </div>
  );
}

export function QuestionScreen({ id }: { id: string }) {
  const data = useData();
  const question = data.questions.get(id);
  if (question === undefined) return <ErrorBox error={`There is no question "${id}".`} />;
  return (
    <Page title="Question">
      <QuestionCard key={question.id} question={question} />
    </Page>
  );
}

export function ExerciseScreen({ id }: { id: string }) {
  const data = useData();
  const exercise = data.exercises.get(id);
  if (exercise === undefined) return <ErrorBox error={`There is no exercise "${id}".`} />;
  const topic = data.topics.get(exercise.topics[0] ?? "");
  return (
    <Page title={exercise.title}>
      <p class="meta">
        <span class="tag">{KIND_NAMES[exercise.kind]}</span>
        <span class="tag">{exercise.level}</span>
        {topic !== undefined && <a href={`/topic/${topic.topic.id}`}>{topic.topic.title}</a>}
      </p>
      <Workspace exercise={exercise} />
    </Page>
  );
}
