import { Marked } from "marked";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The bank's Markdown is ours, but raw HTML in it is shown as text all the same. Code blocks can
// scroll sideways, so they take keyboard focus.
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escape(text),
    code: ({ text, lang }) =>
      `<pre tabindex="0"><code${lang === undefined || lang === "" ? "" : ` class="language-${escape(lang)}"`}>${escape(text)}</code></pre>\n`,
  },
});

export function markdown(source: string): string {
  return marked.parse(source) as string;
}
