// Bootstrap of the Node judge worker: worker threads do not inherit the TypeScript loader, so
// register it here, then load the worker itself.
import { register } from "tsx/esm/api";

register();
await import("./worker-node.ts");
