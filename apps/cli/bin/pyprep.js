#!/usr/bin/env node
// The published entry point: registers the TypeScript loader, then hands over to the CLI.
// Source runs as TypeScript (see docs/ARCHITECTURE.md, "Running TypeScript").
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
