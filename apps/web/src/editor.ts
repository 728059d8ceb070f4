// CodeMirror 6 with Python, loaded only when an editor is first shown.
import type { EditorView } from "codemirror";

export interface Editor {
  readonly view: EditorView;
  setDoc(text: string): void;
  destroy(): void;
}

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
    { indentUnit },
    { keymap },
    { indentWithTab },
    theme,
  ] = await Promise.all([
    import("codemirror"),
    import("@codemirror/lang-python"),
    import("@codemirror/language"),
    import("@codemirror/view"),
    import("@codemirror/commands"),
    dark ? import("@codemirror/theme-one-dark") : Promise.resolve(undefined),
  ]);
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      basicSetup,
      python(),
      indentUnit.of("    "),
      // Tab indents; Escape then Tab leaves the editor (CodeMirror's accessible tab handling).
      keymap.of([indentWithTab]),
      EditorView.contentAttributes.of({ "aria-label": label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
      ...(theme === undefined ? [] : [theme.oneDark]),
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
