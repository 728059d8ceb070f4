import { render } from "preact";
import { App, applyTheme } from "./app.tsx";
import "./styles.css";

applyTheme(localStorage.getItem("pyprep:theme") ?? "system");
const root = document.getElementById("app");
if (root !== null) {
  root.textContent = "";
  render(<App />, root);
}
