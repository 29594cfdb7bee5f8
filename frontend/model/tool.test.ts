import { describe, expect, it } from "vitest";
import type { Message } from "./types";
import { approvable_call, shown_arguments, tool_busy, tool_state, tool_state_label } from "./tool";
import { ENGLISH } from "../strings";

function call(metadata: Message["metadata"]): Message {
	return { role: "assistant", content: [{ type: "text", text: "{}" }], metadata };
}

describe("tool_state", () => {
	it("reads the state of a tool call", () => {
		expect(tool_state(call({ title: "Tool: search", id: "c1", tool_state: "error" }))).toBe("error");
	});
	it("is null for a message without one, as in histories from before tool states", () => {
		expect(tool_state(call({ title: "Tool: search", id: "c1", status: "done" }))).toBeNull();
		expect(tool_state(call(null))).toBeNull();
	});
	it("is null for a state the page does not know", () => {
		expect(tool_state(call({ title: "Tool: x", tool_state: "toString" as never }))).toBeNull();
	});
});

describe("tool_state_label", () => {
	it("names the string of the state, without dashes", () => {
		expect(tool_state_label("awaiting-approval")).toBe("tool_awaiting_approval");
		expect(ENGLISH(tool_state_label("awaiting-approval"))).toBe("Awaiting approval");
		expect(tool_state_label("denied")).toBe("tool_denied");
	});
});

describe("tool_busy", () => {
	it("spins while arguments stream or the tool runs, and not once it stopped", () => {
		expect(["input-streaming", "running"].every((s) => tool_busy(s as never))).toBe(true);
		expect(["awaiting-approval", "done", "error", "denied"].some((s) => tool_busy(s as never))).toBe(false);
		expect(tool_busy(null)).toBe(false);
	});
});

describe("approvable_call", () => {
	it("is the id of a call awaiting approval", () => {
		expect(approvable_call(call({ title: "Tool: rm", id: 7, tool_state: "awaiting-approval" }))).toBe(7);
	});
	it("is null once decided, or without an id to name the call by", () => {
		expect(approvable_call(call({ title: "Tool: rm", id: 7, tool_state: "running" }))).toBeNull();
		expect(approvable_call(call({ title: "Tool: rm", tool_state: "awaiting-approval" }))).toBeNull();
	});
});

describe("shown_arguments", () => {
	const text = (value: string) => [{ type: "text" as const, text: value }];
	it("indents complete JSON", () => {
		expect(shown_arguments(text('{"to":"you@example.org","n":[1,2]}'))).toBe(
			'{\n  "to": "you@example.org",\n  "n": [\n    1,\n    2\n  ]\n}'
		);
	});
	it("keeps arguments still streaming in, and non-JSON text, as they came", () => {
		expect(shown_arguments(text('{"query": "weather in Os'))).toBe('{"query": "weather in Os');
		expect(shown_arguments(text("*.tmp"))).toBe("*.tmp");
		expect(shown_arguments(text("42"))).toBe("42");
	});
	it("leaves content that is not one piece of text to the message views", () => {
		expect(shown_arguments([...text("a"), ...text("b")])).toBeNull();
		expect(shown_arguments([])).toBeNull();
		expect(
			shown_arguments([{ type: "file", file: { path: "a.txt", url: null, meta: { _type: "gradio.FileData" } } } as never])
		).toBeNull();
	});
});
