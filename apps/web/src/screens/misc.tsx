import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type MiniSearch from "minisearch";
import { client } from "../api.ts";
import { ErrorBox, Page } from "../components/basics.tsx";
import { KIND_NAMES, itemPath, itemTitle, useData } from "../data.tsx";
import { navigate } from "../router.ts";
import { ProfileForm } from "./onboarding.tsx";

export function SavedScreen() {
  const data = useData();
  const notes = new Map(data.saved.notes.map((n) => [n.itemId, n]));
  const ids = [...new Set([...data.saved.bookmarks.map((b) => b.itemId), ...notes.keys()])];
  const bookmarked = new Set(data.saved.bookmarks.map((b) => b.itemId));
  return (
    <Page title="Saved">
      <p class="lead">Your bookmarks and private notes, together.</p>
      {ids.length === 0 ? (
        <p class="empty">
          Nothing saved yet: use ☆ Bookmark or Add a note on any question or exercise.
        </p>
      ) : (
        <ul class="saved">
          {ids.map((id) => (
            <li key={id}>
              <a href={itemPath(data, id)}>{itemTitle(data, id)}</a>
              {bookmarked.has(id) && <span class="tag">★ bookmarked</span>}
              {notes.has(id) && <blockquote class="note-text">{notes.get(id)?.text}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

export function SettingsScreen({ onTheme }: { onTheme: (t: string) => void }) {
  const [theme, setTheme] = useState(localStorage.getItem("pyprep:theme") ?? "system");
  const [status, setStatus] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const exportData = async () => {
    setError(undefined);
    try {
      const data = await client.exportData();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = `pyprep-export-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
      setStatus("Exported.");
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const importData = async (file: File) => {
    setError(undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setError(`${file.name} is not JSON: choose a file that pyprep exported.`);
      return;
    }
    try {
      const { imported } = await client.importData(parsed);
      setStatus(
        `Imported ${imported.reviews} reviews and ${imported.attempts} attempts. Reload to see them everywhere.`,
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Page title="Settings">
      <h2>Profile</h2>
      <ProfileForm submitLabel="Save settings" />
      <h2>Theme</h2>
      <fieldset class="form">
        <legend>Colours</legend>
        {["system", "light", "dark"].map((t) => (
          <label class="choice" key={t}>
            <input
              type="radio"
              name="theme"
              checked={theme === t}
              onChange={() => {
                setTheme(t);
                onTheme(t);
              }}
            />
            {t === "system" ? "As the system" : t === "light" ? "Light" : "Dark"}
          </label>
        ))}
      </fieldset>
      <h2>Your data</h2>
      <p>Everything you did, as one JSON file: take it to another machine and import it there.</p>
      <div class="row">
        <button type="button" onClick={() => void exportData()}>
          Export
        </button>
        <label class="button" for="import-file">
          Import…
        </label>
        <input
          id="import-file"
          class="sr-only"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file !== undefined) void importData(file);
          }}
        />
      </div>
      {status !== undefined && <p role="status">{status}</p>}
      {error !== undefined && <ErrorBox error={error} />}
    </Page>
  );
}

interface Doc {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly kind: string;
  readonly text: string;
}

/// Instant search over questions, topics and exercises (open with "/").
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const data = useData();
  const [query, setQuery] = useState("");
  const [engine, setEngine] = useState<MiniSearch<Doc> | undefined>();
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const docs = useMemo<Doc[]>(
    () => [
      ...[...data.topics.values()].map(({ topic, area }) => ({
        id: `topic:${topic.id}`,
        path: `/topic/${topic.id}`,
        title: topic.title,
        kind: `Topic · ${area.title}`,
        text: `${topic.summary} ${topic.guide.join(" ")}`,
      })),
      ...data.bank.questions.map((q) => ({
        id: `q:${q.id}`,
        path: itemPath(data, q.id),
        title: itemTitle(data, q.id),
        kind: KIND_NAMES[q.kind] ?? q.kind,
        text: q.prompt,
      })),
      ...data.bank.exercises.map((e) => ({
        id: `x:${e.id}`,
        path: `/exercise/${e.id}`,
        title: e.title,
        kind: `Exercise · ${KIND_NAMES[e.kind] ?? e.kind}`,
        text: e.statement,
      })),
    ],
    [data],
  );
  useEffect(() => {
    input.current?.focus();
    void import("minisearch").then(({ default: MiniSearchClass }) => {
      const created = new MiniSearchClass<Doc>({
        fields: ["title", "text"],
        storeFields: ["path", "title", "kind"],
        searchOptions: {
          boost: { title: 3 },
          prefix: true,
          fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
          combineWith: "AND",
        },
      });
      created.addAll(docs);
      setEngine(created);
    });
  }, [docs]);
  const wanted = query.trim().toLowerCase();
  // A title that is the query, or contains it as a phrase, comes before word-by-word matches.
  const closeness = (title: string) =>
    title.toLowerCase() === wanted ? 0 : title.toLowerCase().includes(wanted) ? 1 : 2;
  const results =
    engine === undefined || wanted === ""
      ? []
      : (engine.search(query) as unknown as (Doc & { id: string })[])
          .map((doc, rank) => ({ doc, rank }))
          .sort((a, b) => closeness(a.doc.title) - closeness(b.doc.title) || a.rank - b.rank)
          .slice(0, 12)
          .map(({ doc }) => doc);
  const go = (path: string) => {
    onClose();
    navigate(path);
  };
  return (
    <div class="overlay" onClick={onClose}>
      <div
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Search"
        onClick={(e) => {
          e.stopPropagation();
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") onClose();
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive(Math.min(active + 1, results.length - 1));
          }
          if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive(Math.max(active - 1, 0));
          }
          if (e.key === "Enter" && results[active] !== undefined) {
            e.preventDefault();
            go(results[active].path);
          }
        }}
      >
        <label for="search-input" class="sr-only">
          Search questions, topics and exercises
        </label>
        <input
          id="search-input"
          ref={input}
          type="search"
          placeholder="Search questions, topics and exercises…"
          value={query}
          autoComplete="off"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls="search-results"
          aria-activedescendant={results[active] === undefined ? undefined : `result-${active}`}
          onInput={(e) => {
            setQuery((e.target as HTMLInputElement).value);
            setActive(0);
          }}
        />
        <ul id="search-results" role="listbox" aria-label="Results">
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`result-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? "active" : ""}
              onClick={() => {
                go(r.path);
              }}
            >
              <span class="result-title">{r.title}</span>
              <span class="hint">{r.kind}</span>
            </li>
          ))}
        </ul>
        {query.trim() !== "" && engine !== undefined && results.length === 0 && (
          <p class="empty">No matches.</p>
        )}
        <p class="hint">↑ ↓ to choose, Enter to open, Esc to close</p>
      </div>
    </div>
  );
}

export function Login({ onSignedIn }: { onSignedIn: () => void }) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (kind: "login" | "signup") => {
    setBusy(true);
    setError(undefined);
    try {
      if (kind === "login") await client.login(name, password);
      else await client.signup(name, password);
      onSignedIn();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title="Sign in to pyprep">
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit("login");
        }}
      >
        <label for="name">Name</label>
        <input
          id="name"
          autoComplete="username"
          value={name}
          onInput={(e) => {
            setName((e.target as HTMLInputElement).value);
          }}
        />
        <label for="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={(e) => {
            setPassword((e.target as HTMLInputElement).value);
          }}
        />
        {error !== undefined && <ErrorBox error={error} />}
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>
            Sign in
          </button>
          <button type="button" disabled={busy} onClick={() => void submit("signup")}>
            Create an account
          </button>
        </div>
      </form>
    </Page>
  );
}
