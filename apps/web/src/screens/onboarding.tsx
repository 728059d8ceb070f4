import type { Level, Settings } from "@pyprep/core";
import { useState } from "preact/hooks";
import { ErrorBox, Page } from "../components/basics.tsx";
import { LEVEL_NAMES, useData } from "../data.tsx";
import { navigate } from "../router.ts";

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/// Band, interview date and minutes a day: used for onboarding and in Settings.
export function ProfileForm({
  submitLabel,
  onSaved,
}: {
  submitLabel: string;
  onSaved?: () => void;
}) {
  const data = useData();
  const [level, setLevel] = useState<Level>(data.settings.level);
  const [date, setDate] = useState(data.settings.interviewDate ?? inDays(28));
  const [minutes, setMinutes] = useState(String(data.settings.minutesPerDay));
  const [retention, setRetention] = useState(String(data.settings.retention));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    const minutesPerDay = Number(minutes);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError("Choose the date of your interview.");
      return;
    }
    if (date < new Date().toISOString().slice(0, 10)) {
      setError("The interview date is in the past: choose a day from today on.");
      return;
    }
    if (!Number.isInteger(minutesPerDay) || minutesPerDay < 5 || minutesPerDay > 600) {
      setError("Minutes a day must be a whole number from 5 to 600.");
      return;
    }
    const settings: Settings = {
      level,
      interviewDate: date,
      minutesPerDay,
      retention: Number(retention),
    };
    setBusy(true);
    try {
      await data.setSettings(settings);
      setSaved(true);
      onSaved?.();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>Which interviews are you preparing for?</legend>
        {(["junior", "mid", "senior"] as const).map((l) => (
          <label class="choice" key={l}>
            <input
              type="radio"
              name="level"
              value={l}
              checked={level === l}
              onChange={() => {
                setLevel(l);
              }}
            />
            {LEVEL_NAMES[l]}
          </label>
        ))}
      </fieldset>
      <label for="interview-date">Interview date</label>
      <input
        id="interview-date"
        type="date"
        value={date}
        required
        onInput={(e) => {
          setDate((e.target as HTMLInputElement).value);
        }}
      />
      <label for="minutes">Minutes a day</label>
      <input
        id="minutes"
        type="number"
        min={5}
        max={600}
        step={5}
        value={minutes}
        required
        onInput={(e) => {
          setMinutes((e.target as HTMLInputElement).value);
        }}
      />
      <label for="retention">Desired retention</label>
      <select
        id="retention"
        value={retention}
        onChange={(e) => {
          setRetention((e.target as HTMLSelectElement).value);
        }}
      >
        {["0.8", "0.85", "0.9", "0.93", "0.95"].map((r) => (
          <option key={r} value={r}>
            {Math.round(Number(r) * 100)}% {r === "0.9" ? "(recommended)" : ""}
          </option>
        ))}
      </select>
      <p class="hint">It rises on its own as the interview nears.</p>
      {error !== undefined && <ErrorBox error={error} />}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
        {saved && <span role="status">Saved.</span>}
      </div>
    </form>
  );
}

export function Onboarding() {
  return (
    <Page title="Welcome to pyprep">
      <p class="lead">
        Tell pyprep about your interview. It plans every day from now to the date: reviews that are
        due, then new topics in the order they build on each other.
      </p>
      <ProfileForm
        submitLabel="Start preparing"
        onSaved={() => {
          navigate("/");
        }}
      />
    </Page>
  );
}
