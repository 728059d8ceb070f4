import type { Settings } from "@pyprep/core";
import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError, client, type Saved } from "./api.ts";
import { ErrorBox, Loading } from "./components/basics.tsx";
import { DataContext, indexBank, type AppData, type Indexed } from "./data.tsx";
import { useKeys } from "./hooks.ts";
import { navigate, useRoute } from "./router.ts";
import {
  CurriculumMap,
  ExerciseScreen,
  QuestionScreen,
  TopicScreen,
} from "./screens/curriculum.tsx";
import { Login, SavedScreen, SearchDialog, SettingsScreen } from "./screens/misc.tsx";
import { MockScreen } from "./screens/mock.tsx";
import { Onboarding } from "./screens/onboarding.tsx";
import { ProgressScreen } from "./screens/progress.tsx";
import { Session, Today } from "./screens/today.tsx";

const NAV = [
  ["/", "Today"],
  ["/map", "Curriculum"],
  ["/mock", "Mock interview"],
  ["/progress", "Progress"],
  ["/saved", "Saved"],
  ["/settings", "Settings"],
] as const;

export function applyTheme(theme: string): void {
  const dark =
    theme === "dark" || (theme === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

type Boot =
  | { state: "loading" }
  | { state: "error"; error: Error }
  | { state: "signin" }
  | { state: "ready"; indexed: Indexed; settings: Settings; saved: Saved; mode: "local" | "multi" };

export function App() {
  const [boot, setBoot] = useState<Boot>({ state: "loading" });
  const [searching, setSearching] = useState(false);
  const route = useRoute();

  const load = useCallback(async () => {
    setBoot({ state: "loading" });
    try {
      const { mode } = await client.config();
      try {
        const [bank, settings, saved] = await Promise.all([
          client.bank(),
          client.settings(),
          client.saved(),
        ]);
        setBoot({ state: "ready", indexed: indexBank(bank), settings, saved, mode });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401 && mode === "multi")
          setBoot({ state: "signin" });
        else throw error;
      }
    } catch (error) {
      setBoot({ state: "error", error: error as Error });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  // Move focus to the new page's heading after navigation (screen readers announce it).
  const path = route.join("/");
  useEffect(() => {
    document.getElementById("page-title")?.focus({ preventScroll: true });
    const title = document.getElementById("page-title")?.textContent ?? "";
    document.title = title === "" ? "pyprep" : `${title} · pyprep`;
  }, [path, boot.state]);

  useKeys((event) => {
    if (event.key === "/" && !searching) {
      event.preventDefault();
      setSearching(true);
    }
  });

  if (boot.state === "loading") return <Loading label="Loading pyprep…" />;
  if (boot.state === "signin")
    return (
      <main id="main">
        <Login onSignedIn={() => void load()} />
      </main>
    );
  if (boot.state === "error") {
    const unauthorised = boot.error instanceof ApiError && boot.error.status === 401;
    return (
      <main id="main" class="page">
        <h1>pyprep could not start</h1>
        <ErrorBox
          error={
            unauthorised
              ? "This browser has no access yet: open the URL that `pyprep serve` printed (it carries the access token)."
              : boot.error
          }
          retry={() => void load()}
        />
      </main>
    );
  }

  const data: AppData = {
    ...boot.indexed,
    settings: boot.settings,
    saved: boot.saved,
    setSettings: async (settings) => {
      const saved = await client.putSettings(settings);
      setBoot({ ...boot, settings: saved });
    },
    refreshSaved: async () => {
      const saved = await client.saved();
      setBoot((b) => (b.state === "ready" ? { ...b, saved } : b));
    },
  };
  const onboarded = boot.settings.interviewDate !== null;
  const [first, second] = route;
  let screen;
  if (!onboarded && first !== "settings") screen = <Onboarding />;
  else if (first === undefined) screen = <Today />;
  else if (first === "session") screen = <Session />;
  else if (first === "map") screen = <CurriculumMap />;
  else if (first === "topic" && second !== undefined) screen = <TopicScreen id={second} />;
  else if (first === "question" && second !== undefined) screen = <QuestionScreen id={second} />;
  else if (first === "exercise" && second !== undefined) screen = <ExerciseScreen id={second} />;
  else if (first === "mock") screen = <MockScreen id={second} />;
  else if (first === "progress") screen = <ProgressScreen />;
  else if (first === "saved") screen = <SavedScreen />;
  else if (first === "settings")
    screen = (
      <SettingsScreen
        onTheme={(t) => {
          localStorage.setItem("pyprep:theme", t);
          applyTheme(t);
        }}
      />
    );
  else screen = <ErrorBox error={`There is no page at /${path}.`} />;
  const current = `/${first ?? ""}`;

  return (
    <DataContext.Provider value={data}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/" aria-label="pyprep home">
          py<span>prep</span>
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([href, label]) => (
              <li key={href}>
                <a href={href} aria-current={current === href ? "page" : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          class="search-button"
          onClick={() => {
            setSearching(true);
          }}
          aria-keyshortcuts="/"
        >
          Search <kbd>/</kbd>
        </button>
        {boot.mode === "multi" && (
          <button
            type="button"
            class="ghost"
            onClick={() => {
              void client.logout().then(() => {
                navigate("/");
                void load();
              });
            }}
          >
            Sign out
          </button>
        )}
      </header>
      <main id="main">
        <div key={path}>{screen}</div>
      </main>
      {searching && (
        <SearchDialog
          onClose={() => {
            setSearching(false);
          }}
        />
      )}
    </DataContext.Provider>
  );
}
