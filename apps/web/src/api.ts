// The server's JSON API, with errors that say what happened.
import type {
  Activity,
  Bank,
  Grade,
  MockReport,
  MockSession,
  Plan,
  Readiness,
  Settings,
} from "@pyprep/core";

/// An API call that failed: the server's message (or what went wrong on the way) and the status.
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function csrf(): string | undefined {
  return /(?:^|;\s*)pyprep_csrf=([^;]+)/.exec(document.cookie)?.[1];
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  const token = csrf();
  if (token !== undefined && method !== "GET") headers["x-csrf-token"] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, "cannot reach the pyprep server: is `pyprep serve` still running?");
  }
  const text = await response.text();
  let data: unknown;
  try {
    data = text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError(response.status, `the server answered ${response.status} with no JSON`);
  }
  if (!response.ok) {
    const message =
      typeof data === "object" && data !== null && "error" in data
        ? String(data.error)
        : `the server answered ${response.status}`;
    throw new ApiError(response.status, message);
  }
  return data as T;
}

export interface AnswerResult {
  readonly grade: Grade;
  readonly modelAnswer?: string;
  readonly solution?: string;
}

export type AnswerPayload =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "choices"; readonly selected: readonly number[] }
  | { readonly kind: "output"; readonly text: string }
  | {
      readonly kind: "judged";
      readonly verdict: string;
      readonly passed: number;
      readonly total: number;
      readonly code?: string;
    };

export interface TopicFigure {
  readonly topic: string;
  readonly mastery: number;
  readonly seen: number;
  readonly items: number;
}

export interface Progress {
  readonly readiness: Readiness;
  readonly activity: Activity;
  readonly topics: TopicFigure[];
  readonly reviewsDueByDay: number[];
  readonly studied: number;
  readonly items: number;
}

export interface Saved {
  readonly notes: { itemId: string; text: string; at: string }[];
  readonly bookmarks: { itemId: string; at: string }[];
}

export interface MockRecord {
  readonly id: string;
  readonly session: MockSession;
  readonly report?: MockReport;
  readonly at: string;
}

export const client = {
  config: () => api<{ mode: "local" | "multi" }>("GET", "/api/config"),
  me: () => api<{ id: string; name?: string }>("GET", "/api/auth/me"),
  signup: (name: string, password: string) =>
    api<unknown>("POST", "/api/auth/signup", { name, password }),
  login: (name: string, password: string) =>
    api<unknown>("POST", "/api/auth/login", { name, password }),
  logout: () => api<unknown>("POST", "/api/auth/logout"),
  bank: () => api<Bank>("GET", "/api/bank"),
  settings: () => api<Settings>("GET", "/api/settings"),
  putSettings: (settings: Settings) => api<Settings>("PUT", "/api/settings", settings),
  today: () => api<Plan>("GET", "/api/today"),
  answer: (itemId: string, answer: AnswerPayload) =>
    api<AnswerResult>("POST", "/api/answers", { itemId, answer }),
  review: (itemId: string, rating: number) =>
    api<{ due: string }>("POST", "/api/reviews", { itemId, rating }),
  progress: () => api<Progress>("GET", "/api/progress"),
  saved: () => api<Saved>("GET", "/api/saved"),
  note: (itemId: string, text: string) =>
    api<unknown>("PUT", `/api/notes/${encodeURIComponent(itemId)}`, { text }),
  bookmark: (itemId: string, on: boolean) =>
    api<unknown>(on ? "PUT" : "DELETE", `/api/bookmarks/${encodeURIComponent(itemId)}`),
  mocks: () => api<MockRecord[]>("GET", "/api/mocks"),
  startMock: (level: string, minutes: number, mix: Record<string, number>) =>
    api<{ id: string; session: MockSession }>("POST", "/api/mocks", { level, minutes, mix }),
  reportMock: (id: string, answers: { itemId: string; answer: AnswerPayload; seconds: number }[]) =>
    api<MockReport>("POST", `/api/mocks/${encodeURIComponent(id)}/report`, { answers }),
  exportData: () => api<unknown>("GET", "/api/export"),
  importData: (data: unknown) =>
    api<{ imported: { reviews: number; attempts: number } }>("POST", "/api/import", data),
};
