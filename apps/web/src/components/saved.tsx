// A bookmark and a private note on any question or exercise (listed together under Saved).
import { useEffect, useState } from "preact/hooks";
import { client } from "../api.ts";
import { useData } from "../data.tsx";

export function SaveControls({ itemId }: { itemId: string }) {
  const data = useData();
  const bookmarked = data.saved.bookmarks.some((b) => b.itemId === itemId);
  const stored = data.saved.notes.find((n) => n.itemId === itemId)?.text ?? "";
  const [note, setNote] = useState(stored);
  const [open, setOpen] = useState(stored !== "");
  const [status, setStatus] = useState("");
  useEffect(() => {
    setNote(stored);
    setOpen(stored !== "");
  }, [itemId, stored]);
  const toggle = async () => {
    try {
      await client.bookmark(itemId, !bookmarked);
      await data.refreshSaved();
      setStatus(bookmarked ? "Bookmark removed" : "Bookmarked");
    } catch (e) {
      setStatus(`Could not save the bookmark: ${(e as Error).message}`);
    }
  };
  const save = async () => {
    try {
      await client.note(itemId, note);
      await data.refreshSaved();
      setStatus(note.trim() === "" ? "Note removed" : "Note saved");
    } catch (e) {
      setStatus(`Could not save the note (it is still here): ${(e as Error).message}`);
    }
  };
  return (
    <div class="save-controls">
      <div class="row">
        <button type="button" class="ghost" aria-pressed={bookmarked} onClick={() => void toggle()}>
          {bookmarked ? "★ Bookmarked" : "☆ Bookmark"}
        </button>
        <button
          type="button"
          class="ghost"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {stored === "" ? "Add a note" : "Note"}
        </button>
        <span class="hint" role="status">
          {status}
        </span>
      </div>
      {open && (
        <div class="note">
          <label for={`note-${itemId}`}>Private note</label>
          <textarea
            id={`note-${itemId}`}
            rows={3}
            value={note}
            onInput={(e) => {
              setNote((e.target as HTMLTextAreaElement).value);
            }}
          />
          <button type="button" onClick={() => void save()}>
            Save note
          </button>
        </div>
      )}
    </div>
  );
}
