// What every screen shares: the bank with its indexes, the learner's settings, saved items.
import type { Area, Bank, Exercise, Question, Settings, Topic } from "@pyprep/core";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Saved } from "./api.ts";

export interface Indexed {
  readonly bank: Bank;
  readonly questions: ReadonlyMap<string, Question>;
  readonly exercises: ReadonlyMap<string, Exercise>;
  readonly topics: ReadonlyMap<string, { readonly topic: Topic; readonly area: Area }>;
  /// Questions and exercises per topic (by any of their topics).
  readonly byTopic: ReadonlyMap<string, { questions: Question[]; exercises: Exercise[] }>;
}

export function indexBank(bank: Bank): Indexed {
  const topics = new Map<string, { topic: Topic; area: Area }>();
  const byTopic = new Map<string, { questions: Question[]; exercises: Exercise[] }>();
  for (const area of bank.areas) {
    for (const topic of area.topics) {
      topics.set(topic.id, { topic, area });
      byTopic.set(topic.id, { questions: [], exercises: [] });
    }
  }
  for (const q of bank.questions) for (const t of q.topics) byTopic.get(t)?.questions.push(q);
  for (const e of bank.exercises) for (const t of e.topics) byTopic.get(t)?.exercises.push(e);
  return {
    bank,
    questions: new Map(bank.questions.map((q) => [q.id, q])),
    exercises: new Map(bank.exercises.map((e) => [e.id, e])),
    topics,
    byTopic,
  };
}

export interface AppData extends Indexed {
  readonly settings: Settings;
  setSettings(settings: Settings): Promise<void>;
  readonly saved: Saved;
  refreshSaved(): Promise<void>;
}

export const DataContext = createContext<AppData | undefined>(undefined);

export function useData(): AppData {
  const data = useContext(DataContext);
  if (data === undefined) throw new Error("useData outside the app");
  return data;
}

/// The path of an item's own page.
export function itemPath(data: Indexed, id: string): string {
  return data.exercises.has(id) ? `/exercise/${id}` : `/question/${id}`;
}

export function itemTitle(data: Indexed, id: string): string {
  const exercise = data.exercises.get(id);
  if (exercise !== undefined) return exercise.title;
  const question = data.questions.get(id);
  if (question === undefined) return id;
  const first = question.prompt.split("\n")[0] ?? question.prompt;
  return first.length > 110 ? `${first.slice(0, 107)}…` : first;
}

export const KIND_NAMES: Record<string, string> = {
  concept: "Concept",
  mcq: "Multiple choice",
  "predict-output": "Predict the output",
  code: "Coding",
  debug: "Debugging",
  review: "Code review",
  design: "Design",
  exercise: "Exercise",
};

export const LEVEL_NAMES: Record<string, string> = {
  junior: "Junior (0–2 years)",
  mid: "Mid (2–4 years)",
  senior: "Senior (4–6 years)",
};
