// CodeMirror 6 with Python, loaded only when an editor is first shown. Its colours are our own,
// chosen for WCAG AA contrast on both themes (the stock styles fall short on some tokens).
import type { EditorView } from "codemirror";

export interface Editor {
  readonly view: EditorView;
  setDoc(text: string): void;
  destroy(): void;
}

const LIGHT = {
  background: "#ffffff",
  text: "#1d2530",
  gutter: "#f1f3f6",
  gutterText: "#4d5a68",
  activeLine: "#eef4fb",
  selection: "#cfe0f5",
  cursor: "#1d2530",
  keyword: "#7a1f8f",
  string: "#1f6a2c",
  number: "#8a4b00",
  comment: "#5c6773",
  function: "#1d4f9a",
  definition: "#1d4f9a",
  builtin: "#8a2b2b",
  operator: "#1d2530",
};
const DARK = {
  background: "#1c232b",
  text: "#e3e8ee",
  gutter: "#161c22",
  gutterText: "#a9b4c0",
  activeLine: "#232c36",
  selection: "#34475c",
  cursor: "#e3e8ee",
  keyword: "#e3a8f5",
  string: "#9fdc9f",
  number: "#f5c27a",
  comment: "#aab6c2",
  function: "#8cc4ff",
  definition: "#8cc4ff",
  builtin: "#ff9e9e",
  operator: "#e3e8ee",
};

export async function createEditor(
  parent: HTMLElement,
  doc: string,
  onChange: (text: string) => void,
  label: string,
  dark: boolean,
): Promise<Editor> {
  const [
    { basicSetup, EditorView },
    { python },
    { indentUnit, HighlightStyle, syntaxHighlighting },
    { keymap },
    { indentWithTab },
    { tags },
  ] = await Promise.all([
    import("codemirror"),
    import("@codemirror/lang-python"),
    import("@codemirror/language"),
    import("@codemirror/view"),
    import("@codemirror/commands"),
    import("@lezer/highlight"),
  ]);
  const c = dark ? DARK : LIGHT;
  const theme = EditorView.theme(
    {
      "&": { color: c.text, backgroundColor: c.background },
      ".cm-content": { caretColor: c.cursor },
      ".cm-cursor, .cm-dropCursor": { borderLeftColor: c.cursor },
      ".cm-gutters": { backgroundColor: c.gutter, color: c.gutterText, border: "none" },
      ".cm-activeLine": { backgroundColor: c.activeLine },
      ".cm-activeLineGutter": { backgroundColor: c.activeLine, color: c.text },
      "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": {
        backgroundColor: c.selection,
      },
      ".cm-matchingBracket": { backgroundColor: c.selection, outline: "none" },
    },
    { dark },
  );
  const highlight = HighlightStyle.define([
    {
      tag: [
        tags.keyword,
        tags.controlKeyword,
        tags.definitionKeyword,
        tags.moduleKeyword,
        tags.operatorKeyword,
        tags.self,
        tags.bool,
        tags.null,
      ],
      color: c.keyword,
    },
    { tag: [tags.string, tags.special(tags.string), tags.docString], color: c.string },
    { tag: [tags.number, tags.integer, tags.float], color: c.number },
    { tag: [tags.comment, tags.lineComment], color: c.comment, fontStyle: "italic" },
    {
      tag: [tags.function(tags.variableName), tags.function(tags.propertyName)],
      color: c.function,
    },
    {
      tag: [
        tags.definition(tags.variableName),
        tags.definition(tags.function(tags.variableName)),
        tags.className,
      ],
      color: c.definition,
    },
    { tag: [tags.standard(tags.variableName)], color: c.builtin },
    {
      tag: [tags.operator, tags.punctuation, tags.variableName, tags.propertyName],
      color: c.operator,
    },
  ]);
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      basicSetup,
      python(),
      theme,
      syntaxHighlighting(highlight),
      indentUnit.of("    "),
      // Tab indents; Escape then Tab leaves the editor (CodeMirror's accessible tab handling).
      keymap.of([indentWithTab]),
      EditorView.contentAttributes.of({ "aria-label": label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    setDoc: (text) => {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    destroy: () => {
      view.destroy();
    },
  };
}
