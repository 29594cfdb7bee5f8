import { describe, expect, test } from "vitest";
import { group_messages, nest_thoughts } from "./history";
import type { Message } from "./types";

const text = (role: Message["role"], t: string, metadata?: Message["metadata"]): Message => ({
	role,
	content: [{ type: "text", text: t }],
	metadata
});

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

	test("an empty history has no groups", () => {
		expect(group_messages([], true)).toEqual([]);
	});
});

describe("nest_thoughts", () => {
	test("nests children under their parent thought to any depth", () => {
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
});
