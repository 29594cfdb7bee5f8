import { describe, expect, test } from "vitest";
import { MAX_THOUGHT_DEPTH, group_messages, message_keys, nest_thoughts, opens_at_first, regroup } from "./history";
import type { Message, MessageNode } from "./types";

const text = (role: Message["role"], t: string, metadata?: Message["metadata"]): Message => ({
	role,
	content: [{ type: "text", text: t }],
	metadata
});

/** Every index, in the order the log shows them. */
const order = (nodes: MessageNode[]): number[] => nodes.flatMap((n) => [n.index, ...order(n.children)]);
/** How many levels the tree nests. */
const depth = (nodes: MessageNode[]): number => Math.max(0, ...nodes.map((n) => 1 + depth(n.children)));

const chain = (length: number): Message[] =>
	Array.from({ length }, (_, i) => text("assistant", `step ${i}`, { title: `Step ${i}`, id: i, parent_id: i - 1 }));

describe("group_messages", () => {
	const history = [
		text("user", "a"),
		text("assistant", "b"),
		text("assistant", "c"),
		text("user", "d")
	];

	test("joins consecutive messages of one role", () => {
		const groups = group_messages(history, true);
		expect(groups.map((g) => [g.role, g.first_index, g.nodes.map((n) => n.index)])).toEqual([
			["user", 0, [0]],
			["assistant", 1, [1, 2]],
			["user", 3, [3]]
		]);
	});

	test("keeps every message apart when grouping is off", () => {
		const groups = group_messages(history, false);
		expect(groups.map((g) => g.first_index)).toEqual([0, 1, 2, 3]);
	});

	test("thoughts still nest when grouping is off", () => {
		const groups = group_messages(
			[
				text("assistant", "plan", { title: "Plan", id: "p" }),
				text("assistant", "tool", { title: "Tool", parent_id: "p" }),
				text("assistant", "answer")
			],
			false
		);
		expect(groups.map((g) => g.first_index)).toEqual([0, 2]);
		expect(groups[0].nodes[0].children.map((n) => n.index)).toEqual([1]);
	});

	test("an unnamed message joins the speaker before it, never a named one after it", () => {
		const groups = group_messages(
			[
				text("assistant", "unnamed first"),
				text("assistant", "writer", { name: "Writer" }),
				text("assistant", "unnamed after")
			],
			true
		);
		expect(groups.map((g) => g.nodes.map((n) => n.index))).toEqual([[0], [1, 2]]);
	});

	test("an empty history has no groups", () => {
		expect(group_messages([], true)).toEqual([]);
	});
});

describe("message_keys", () => {
	test("a message inserted before others leaves their keys as they were", () => {
		const before = [text("user", "go"), text("assistant", "a", { id: "a" }), text("assistant", "b", { id: "b" }), text("assistant", "end")];
		const after = [before[0], before[1], text("assistant", "result", { parent_id: "a" }), before[2], before[3]];
		expect(message_keys(before)).toEqual(["+1", "id:a", "id:b", "id:b+1"]);
		expect(message_keys(after)).toEqual(["+1", "id:a", "id:a+1", "id:b", "id:b+1"]);
	});

	test("a repeated id still gives unique keys", () => {
		const keys = message_keys([text("assistant", "x", { id: 1 }), text("assistant", "y", { id: 1 })]);
		expect(new Set(keys).size).toBe(2);
	});
});

describe("nest_thoughts", () => {
	test("nests children under their parent thought, level by level", () => {
		const roots = nest_thoughts([
			text("assistant", "plan", { title: "Plan", id: 1 }),
			text("assistant", "tool", { title: "Tool", id: "t", parent_id: 1 }),
			text("assistant", "sub", { title: "Sub", parent_id: "t" }),
			text("assistant", "answer")
		]);
		expect(roots.map((n) => n.index)).toEqual([0, 3]);
		expect(roots[0].children.map((n) => n.index)).toEqual([1]);
		expect(roots[0].children[0].children.map((n) => n.index)).toEqual([2]);
	});

	test("a message whose parent is unknown stays at the top, in order", () => {
		const roots = nest_thoughts(
			[text("assistant", "x", { title: "X", parent_id: "missing" }), text("assistant", "y")],
			5
		);
		expect(roots.map((n) => n.index)).toEqual([5, 6]);
	});

	test("numeric and string ids match each other", () => {
		const roots = nest_thoughts([
			text("assistant", "p", { title: "P", id: 7 }),
			text("assistant", "c", { title: "C", parent_id: "7" })
		]);
		expect(roots).toHaveLength(1);
		expect(roots[0].children).toHaveLength(1);
	});

	test("a 5,000-deep chain nests to the limit, then goes on beside its parent, in order", () => {
		const roots = nest_thoughts(chain(5_000));
		expect(depth(roots)).toBe(MAX_THOUGHT_DEPTH);
		expect(order(roots)).toEqual([...Array(5_000).keys()]);
		let last_level = roots;
		for (let level = 1; level < MAX_THOUGHT_DEPTH; level++) last_level = last_level[0].children;
		expect(last_level).toHaveLength(5_000 - MAX_THOUGHT_DEPTH + 1);
	});

	test("a thought that names itself is a root", () => {
		const roots = nest_thoughts([text("assistant", "me", { title: "Me", id: "m", parent_id: "m" })]);
		expect(roots.map((n) => [n.index, n.children.length])).toEqual([[0, 0]]);
	});

	test("two thoughts naming each other: the later nests under the earlier", () => {
		const roots = nest_thoughts([
			text("assistant", "a", { title: "A", id: "a", parent_id: "b" }),
			text("assistant", "b", { title: "B", id: "b", parent_id: "a" })
		]);
		expect(roots.map((n) => n.index)).toEqual([0]);
		expect(roots[0].children.map((n) => n.index)).toEqual([1]);
	});

	test("a duplicate id names the latest earlier thought, never the message itself", () => {
		const roots = nest_thoughts([
			text("assistant", "first", { title: "First", id: "x" }),
			text("assistant", "second", { title: "Second", id: "x", parent_id: "x" }),
			text("assistant", "child", { title: "Child", parent_id: "x" })
		]);
		expect(roots.map((n) => n.index)).toEqual([0]);
		expect(roots[0].children.map((n) => n.index)).toEqual([1]);
		expect(roots[0].children[0].children.map((n) => n.index)).toEqual([2]);
	});

	test("a parent that comes later leaves the child at the top, in order", () => {
		const roots = nest_thoughts([
			text("assistant", "child", { title: "Child", parent_id: "p" }),
			text("assistant", "parent", { title: "Parent", id: "p" })
		]);
		expect(roots.map((n) => [n.index, n.children.length])).toEqual([
			[0, 0],
			[1, 0]
		]);
	});
});

describe("opens_at_first", () => {
	const thought = (status: "pending" | "done" | null) => ({
		role: "assistant" as const,
		content: [],
		metadata: { title: "Thinking", status }
	});
	test("open while thinking, folded once done", () => {
		expect(opens_at_first(thought("pending"), null, false)).toBe(true);
		expect(opens_at_first(thought(null), null, false)).toBe(true);
		expect(opens_at_first(thought("done"), null, false)).toBe(false);
	});
	test("a done tool call stays open when it failed or waits for the person", () => {
		expect(opens_at_first(thought("done"), "error", false)).toBe(true);
		expect(opens_at_first(thought("done"), "awaiting-approval", false)).toBe(true);
		expect(opens_at_first(thought("done"), "done", false)).toBe(false);
	});
	test("unfold opens it whatever its status", () => {
		expect(opens_at_first(thought("done"), "done", true)).toBe(true);
	});
});

describe("regroup", () => {
	const said = (role: Message["role"], t: string, metadata?: Message["metadata"]): Message => text(role, t, metadata);
	const chat = (): Message[] => [
		said("user", "q1"),
		said("assistant", "plan", { title: "Plan", id: "p" }),
		said("assistant", "tool", { title: "Tool", parent_id: "p" }),
		said("assistant", "a1"),
		said("user", "q2", { name: "Ann" }),
		said("user", "q3"),
		said("assistant", "a2", { id: 7 }),
		said("assistant", "a3")
	];

	test.each([true, false])("gives what group_messages gives, whatever changed (grouping %s)", (consecutive) => {
		const before = chat();
		const edits: ((messages: Message[]) => Message[])[] = [
			(m) => [...m.slice(0, -1), said("assistant", "a3 grown")],
			(m) => [...m, said("assistant", "more")],
			(m) => [...m, said("user", "next")],
			(m) => m.slice(0, 5),
			(m) => [m[0], said("assistant", "changed"), ...m.slice(2)],
			(m) => [...m.slice(0, 5), said("assistant", "named", { name: "Bob", id: 7 }), ...m.slice(6)],
			(m) => []
		];
		for (const edit of edits) {
			const previous = regroup(before, consecutive, null);
			const after = edit(before);
			expect(regroup(after, consecutive, previous).groups).toEqual(group_messages(after, consecutive));
		}
	});

	test("keeps the groups before the one that grew as the same objects, and the history unchanged as a whole", () => {
		const before = chat();
		const previous = regroup(before, true, null);
		const grown = regroup([...before.slice(0, -1), said("assistant", "a3 and more")], true, previous);
		expect(grown.groups.length).toBe(previous.groups.length);
		grown.groups.slice(0, -1).forEach((group, i) => expect(group).toBe(previous.groups[i]));
		expect(grown.groups.at(-1)).not.toBe(previous.groups.at(-1));
		expect(regroup([...grown.messages], true, grown).groups).toBe(grown.groups);
	});

	test("splits again when grouping is switched", () => {
		const before = chat();
		const previous = regroup(before, true, null);
		expect(regroup(before, false, previous).groups).toEqual(group_messages(before, false));
	});
});

describe("message_keys from an index", () => {
	test("are the keys of the whole history from there on", () => {
		const history = [
			text("assistant", "a", { id: 1 }),
			text("assistant", "b"),
			text("assistant", "c", { id: 1 }),
			text("assistant", "d")
		];
		for (let from = 0; from <= history.length; from++) {
			expect(message_keys(history, from)).toEqual(message_keys(history).slice(from));
		}
	});
});
