import { expect, test } from "vitest";
import { ENGLISH } from "../strings";
import { conversation_json, conversation_markdown, group_text, message_text } from "./transcript";
import { group_messages } from "../model/history";
import type { WireMessage } from "../model/types";
import { normalize_history } from "./normalize";

const wire: WireMessage[] = [
	{ role: "user", content: ["Look", { path: "/tmp/x/cat.png", orig_name: "cat.png" }] },
	{ role: "assistant", content: "Searching\nthe web", metadata: { title: "Search" } },
	{
		role: "assistant",
		content: { type: "component", component: "plot", value: null, constructor_args: {}, props: {} }
	}
];
const history = normalize_history(wire).history;

test("message text lists files and components by name, then the watermark", () => {
	expect(message_text(history[0], "— AI")).toBe("Look\n\n[cat.png]\n\n— AI");
	expect(message_text(history[2])).toBe("[plot]");
});

test("markdown export titles each message and quotes thoughts", () => {
	expect(conversation_markdown(history, ENGLISH)).toBe(
		"### User\n\nLook\n\n[cat.png]\n\n### Assistant — Search\n\n> Searching\n> the web\n\n### Assistant\n\n[plot]\n"
	);
});

test("json export is the messages format as sent", () => {
	expect(JSON.parse(conversation_json(wire))).toEqual(wire);
});

test("markdown export says where a tool call stands", () => {
	const calls = normalize_history([
		{ role: "assistant", content: '{"q": 1}', metadata: { title: "Tool: search", id: "c1", tool_state: "error" } },
		{ role: "assistant", content: "timeout", metadata: { title: "Result", parent_id: "c1" } }
	]).history;
	expect(conversation_markdown(calls, ENGLISH)).toBe(
		'### Assistant — Tool: search (Error)\n\n> {"q": 1}\n\n### Assistant — Result\n\n> timeout\n'
	);
});

test("a group reads as its messages, one paragraph apart, then the watermark", () => {
	const groups = group_messages(history, true);
	expect(group_text(groups[0])).toBe("Look\n\n[cat.png]");
	expect(group_text(groups[1], "— AI")).toBe("Searching\nthe web\n\n[plot]\n\n— AI");
});
