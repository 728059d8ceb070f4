import type { ComponentChildren } from "preact";
import { markdown } from "../markdown.ts";

export function Markdown({ source, class: className }: { source: string; class?: string }) {
  return (
    <div class={`md ${className ?? ""}`} dangerouslySetInnerHTML={{ __html: markdown(source) }} />
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: Error | string; retry?: () => void }) {
  return (
    <div class="error" role="alert">
      <strong>Something went wrong:</strong> {typeof error === "string" ? error : error.message}
      {retry !== undefined && (
        <button type="button" class="link" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Page({
  title,
  children,
  actions,
}: {
  title: string;
  children: ComponentChildren;
  actions?: ComponentChildren;
}) {
  return (
    <section class="page" aria-labelledby="page-title">
      <header class="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </header>
      {children}
    </section>
  );
}

export function Bar({ value, label }: { value: number; label: string }) {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      class="bar"
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={v}
      aria-label={label}
    >
      <div class="bar-fill" style={{ width: `${v}%` }} />
    </div>
  );
}
