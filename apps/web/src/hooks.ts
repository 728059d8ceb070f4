import { useCallback, useEffect, useRef, useState } from "preact/hooks";

export type Async<T> =
  | { readonly state: "loading" }
  | { readonly state: "error"; readonly error: Error }
  | { readonly state: "ready"; readonly value: T };

/// Loads `load()` when `key` changes; `reload()` loads again.
export function useAsync<T>(
  load: () => Promise<T>,
  key: unknown[] = [],
): Async<T> & { reload: () => void } {
  const [result, setResult] = useState<Async<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    load().then(
      (value) => {
        if (live.current) setResult({ state: "ready", value });
      },
      (error: unknown) => {
        if (live.current)
          setResult({
            state: "error",
            error: error instanceof Error ? error : new Error(String(error)),
          });
      },
    );
    return () => {
      live.current = false;
    };
  }, [...key, round]);
  const reload = useCallback(() => {
    setRound((r) => r + 1);
  }, []);
  return { ...result, reload };
}

/// A value kept in localStorage under `key` (the learner's code survives a reload).
export function useStored(key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => localStorage.getItem(key) ?? initial);
  useEffect(() => {
    setValue(localStorage.getItem(key) ?? initial);
  }, [key, initial]);
  const set = useCallback(
    (next: string) => {
      setValue(next);
      try {
        localStorage.setItem(key, next);
      } catch {
        // Storage full or disabled: the code stays in the page.
      }
    },
    [key],
  );
  return [value, set];
}

/// Calls `handler` for key presses outside text fields (and for Escape everywhere).
export function useKeys(handler: (event: KeyboardEvent) => void, active = true): void {
  const saved = useRef(handler);
  saved.current = handler;
  useEffect(() => {
    if (!active) return;
    const listener = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target !== null &&
        (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if (typing && event.key !== "Escape") return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      saved.current(event);
    };
    window.addEventListener("keydown", listener);
    return () => {
      window.removeEventListener("keydown", listener);
    };
  }, [active]);
}
