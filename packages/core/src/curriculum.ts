/// The prerequisite graph of the curriculum: a DAG over topic ids.

export interface PrerequisiteNode {
  readonly id: string;
  readonly prerequisites: readonly string[];
}

/// A broken invariant of the graph: callers must check `findCycles` before ordering.
export class PrerequisiteCycleError extends Error {
  override readonly name = "PrerequisiteCycleError";
  readonly cycles: readonly (readonly string[])[];
  constructor(cycles: readonly (readonly string[])[]) {
    super(`prerequisites form a cycle: ${cycles.map((c) => c.join(" -> ")).join("; ")}`);
    this.cycles = cycles;
  }
}

/// Every cycle of the graph, one per strongly connected component, each as a closed path
/// `[a, b, …, a]` read as "a needs b, which needs …, which needs a".
/// Edges to unknown ids are ignored (they are reported elsewhere). Deterministic: components are
/// found in input order and each path starts at the component's first node in input order.
export function findCycles(nodes: readonly PrerequisiteNode[]): string[][] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = (id: string): string[] =>
    (byId.get(id)?.prerequisites ?? []).filter((p) => byId.has(p));

  // Tarjan's algorithm, iterative so deep chains cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;

  for (const root of nodes) {
    if (index.has(root.id)) continue;
    const work: { id: string; edge: number }[] = [{ id: root.id, edge: 0 }];
    index.set(root.id, next);
    low.set(root.id, next);
    next += 1;
    stack.push(root.id);
    onStack.add(root.id);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const out = edges(frame.id);
      if (frame.edge < out.length) {
        const to = out[frame.edge] as string;
        frame.edge += 1;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next);
          next += 1;
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(to) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) {
        low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const selfLoop = component.length === 1 && edges(frame.id).includes(frame.id);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }

  const order = new Map(nodes.map((n, i) => [n.id, i]));
  return components
    .map((component) => {
      const members = new Set(component);
      const start = [...component].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
      return start === undefined ? [] : closedPath(start, members, edges);
    })
    .sort((a, b) => (order.get(a[0] ?? "") ?? 0) - (order.get(b[0] ?? "") ?? 0));
}

/// A shortest cycle through `start` inside one strongly connected component (breadth-first).
function closedPath(
  start: string,
  members: ReadonlySet<string>,
  edges: (id: string) => string[],
): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] as string;
    for (const to of edges(id)) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = id; at !== undefined && at !== start;) {
          path.push(at);
          at = cameFrom.get(at);
        }
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, id);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/// Topics ordered so that every topic comes after all of its prerequisites; among topics that are
/// free at the same moment, input order wins (so the authored learning order is kept where valid).
/// Throws PrerequisiteCycleError on a cycle.
export function topologicalOrder<T extends PrerequisiteNode>(nodes: readonly T[]): T[] {
  const cycles = findCycles(nodes);
  if (cycles.length > 0) throw new PrerequisiteCycleError(cycles);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = new Set<string>();
  const result: T[] = [];
  const visit = (node: T): void => {
    if (placed.has(node.id)) return;
    placed.add(node.id);
    for (const p of node.prerequisites) {
      const pre = byId.get(p);
      if (pre !== undefined) visit(pre);
    }
    result.push(node);
  };
  for (const node of nodes) visit(node);
  return result;
}

/// All topics that must be known before `id` (its prerequisites, theirs, and so on).
export function allPrerequisites(nodes: readonly PrerequisiteNode[], id: string): Set<string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const pending = [...(byId.get(id)?.prerequisites ?? [])];
  for (let p = pending.pop(); p !== undefined; p = pending.pop()) {
    if (seen.has(p)) continue;
    seen.add(p);
    pending.push(...(byId.get(p)?.prerequisites ?? []));
  }
  return seen;
}
