import { describe, expect, test } from "vitest";
import {
	can_edit,
	editable_text,
	feedback_value,
	initial_feedback,
	last_options,
	last_user_turn,
	like_data,
	next_feedback
} from "./events";
import { group_messages } from "./history";
import type { WireMessage } from "./types";
import { normalize_history } from "../pipeline/normalize";

const wire: WireMessage[] = [
	{ role: "user", content: "hi" },
	{ role: "assistant", content: "thinking", metadata: { title: "Plan", id: "p" } },
	{ role: "assistant", content: "tool", metadata: { title: "Tool", parent_id: "p" } },
	{ role: "assistant", content: ["answer", { path: "/a.png" }] },
	{ role: "user", content: "thanks" },
	{ role: "assistant", content: "welcome", options: [{ value: "more" }] }
];
const history = normalize_history(wire).history;
const groups = group_messages(history, true);

describe("like_data", () => {
	test("names the group's first message and carries every content in order", () => {
		expect(like_data(groups[1], wire, "Like")).toEqual({
			index: 1,
			value: ["thinking", "tool", ["answer", { path: "/a.png" }]],
			liked: true
		});
	});
	test("thumbs are booleans, other options their text", () => {
		expect(feedback_value("Dislike")).toBe(false);
		expect(feedback_value("Wrong source")).toBe("Wrong source");
	});
	test("feedback taken back is sent as an empty string", () => {
		expect(like_data(groups[1], wire, null).liked).toBe("");
	});
	test("a comment travels in the value, beside the rated contents", () => {
		expect(like_data(groups[3], wire, "Dislike", "too short")).toEqual({
			index: 5,
			value: { content: ["welcome"], comment: "too short" },
			liked: false
		});
	});
});

describe("next_feedback", () => {
	test("a second click on the same option takes it back", () => {
		expect(next_feedback("Like", "Like")).toBeNull();
		expect(next_feedback("Wrong source", "Wrong source")).toBeNull();
	});
	test("another option replaces the one given", () => {
		expect(next_feedback("Like", "Dislike")).toBe("Dislike");
		expect(next_feedback(null, "Like")).toBe("Like");
	});
});

describe("last_user_turn", () => {
	test("is the last message before the trailing replies", () => {
		expect(last_user_turn(wire)).toEqual({ index: 4, value: "thanks" });
	});
	test("is null without a user message", () => {
		expect(last_user_turn([{ role: "assistant", content: "x" }])).toBeNull();
	});
});

describe("editing", () => {
	test("only single-text messages are editable", () => {
		expect(editable_text(history[0])).toBe("hi");
		expect(editable_text(history[3])).toBeNull();
	});
	test("editable decides by role", () => {
		expect(can_edit("user", "user")).toBe(true);
		expect(can_edit("user", "assistant")).toBe(false);
		expect(can_edit("all", "assistant")).toBe(true);
		expect(can_edit(null, "user")).toBe(false);
	});
});

test("options come from a last assistant message only", () => {
	expect(last_options(history)).toEqual([{ value: "more" }]);
	expect(last_options(history.slice(0, 5))).toEqual([]);
});

test("feedback_value counts assistant groups", () => {
	const feedback = initial_feedback(groups, ["Like", "Dislike"]);
	expect([...feedback.entries()]).toEqual([
		[1, "Like"],
		[5, "Dislike"]
	]);
	expect(initial_feedback(groups, null).size).toBe(0);
});
