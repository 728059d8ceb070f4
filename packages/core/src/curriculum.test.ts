import { describe, expect, it } from "vitest";
import {
  PrerequisiteCycleError,
  allPrerequisites,
  findCycles,
  topologicalOrder,
  type PrerequisiteNode,
} from "./index.ts";

const node = (id: string, ...prerequisites: string[]): PrerequisiteNode => ({ id, prerequisites });

describe("findCycles", () => {
  it("finds nothing in a DAG", () => {
    expect(findCycles([node("a"), node("b", "a"), node("c", "a", "b")])).toEqual([]);
  });

  it("names every topic of a cycle as a closed path", () => {
    const cycles = findCycles([node("a", "c"), node("b", "a"), node("c", "b"), node("d", "a")]);
    expect(cycles).toEqual([["a", "c", "b", "a"]]);
  });

  it("reports a topic that needs itself", () => {
    expect(findCycles([node("a", "a")])).toEqual([["a", "a"]]);
  });

  it("reports separate cycles separately", () => {
    const cycles = findCycles([node("a", "b"), node("b", "a"), node("x", "y"), node("y", "x")]);
    expect(cycles).toEqual([
      ["a", "b", "a"],
      ["x", "y", "x"],
    ]);
  });

  it("ignores prerequisites that do not exist", () => {
    expect(findCycles([node("a", "missing")])).toEqual([]);
  });

  it("handles long chains without overflowing the stack", () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) =>
      node(`t${i}`, ...(i > 0 ? [`t${i - 1}`] : [])),
    );
    expect(findCycles(nodes)).toEqual([]);
  });
});

describe("topologicalOrder", () => {
  it("keeps authored order where it is already valid", () => {
    const nodes = [node("a"), node("b", "a"), node("c")];
    expect(topologicalOrder(nodes).map((n) => n.id)).toEqual(["a", "b", "c"]);
  });

  it("moves prerequisites before the topics that need them", () => {
    const nodes = [node("c", "b"), node("b", "a"), node("a")];
    expect(topologicalOrder(nodes).map((n) => n.id)).toEqual(["a", "b", "c"]);
  });

  it("throws a PrerequisiteCycleError carrying the cycle", () => {
    expect(() => topologicalOrder([node("a", "b"), node("b", "a")])).toThrow(
      PrerequisiteCycleError,
    );
    try {
      topologicalOrder([node("a", "b"), node("b", "a")]);
    } catch (error) {
      expect((error as PrerequisiteCycleError).cycles).toEqual([["a", "b", "a"]]);
    }
  });
});

describe("allPrerequisites", () => {
  it("collects prerequisites transitively", () => {
    const nodes = [node("a"), node("b", "a"), node("c", "b"), node("d")];
    expect([...allPrerequisites(nodes, "c")].sort()).toEqual(["a", "b"]);
    expect(allPrerequisites(nodes, "d").size).toBe(0);
  });
});
