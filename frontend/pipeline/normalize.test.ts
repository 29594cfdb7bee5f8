import { describe, expect, test } from "vitest";
import type { WireMessage } from "../model/types";
import { normalize_history, normalize_message } from "./normalize";

describe("normalize_message", () => {
	test("single content becomes a one-item list, order kept for lists", () => {
		const single = normalize_message({ role: "user", content: "a" });
		expect(single.content).toEqual([{ type: "text", text: "a" }]);
		const many = normalize_message({ role: "assistant", content: ["a", { path: "/f" }, "b"] });
		expect(many.content.map((b) => b.type)).toEqual(["text", "file", "text"]);
	});
	test("missing metadata and options become null", () => {
		const message = normalize_message({ role: "user", content: "a" });
		expect(message.metadata).toBeNull();
		expect(message.options).toBeNull();
	});
});

describe("normalize_history", () => {
	test("reuses messages whose wire object did not change", () => {
		const first: WireMessage = { role: "user", content: "a" };
		const second: WireMessage = { role: "assistant", content: "b" };
		const one = normalize_history([first, second]);
		const grown: WireMessage = { role: "assistant", content: "bc" };
		const two = normalize_history([first, grown], one.cache);
		expect(two.history[0]).toBe(one.history[0]);
		expect(two.history[1]).not.toBe(one.history[1]);
		expect(two.history[1].content).toEqual([{ type: "text", text: "bc" }]);
		expect(two.cache.has(second)).toBe(false);
	});
	test("notices edits made in place, as Gradio applies streamed diffs", () => {
		const streaming: WireMessage = { role: "assistant", content: ["Hel"], metadata: { title: "T", status: "pending" } };
		const one = normalize_history([streaming]);
		(streaming.content as string[])[0] = "Hello";
		const two = normalize_history([streaming], one.cache);
		expect(two.history[0].content).toEqual([{ type: "text", text: "Hello" }]);
		streaming.metadata!.status = "done";
		const three = normalize_history([streaming], two.cache);
		expect(three.history[0].metadata?.status).toBe("done");
		expect(normalize_history([streaming], three.cache).history[0]).toBe(three.history[0]);
	});
	test("notices edits in place at any depth: a block's text, an option's label", () => {
		const block = { type: "text" as const, text: "Hel" };
		const message: WireMessage = { role: "assistant", content: [block], options: [{ value: "a", label: "A" }] };
		const one = normalize_history([message]);
		block.text += "lo";
		const two = normalize_history([message], one.cache);
		expect(two.history[0].content).toEqual([{ type: "text", text: "Hello" }]);
		message.options![0].label = "B";
		const three = normalize_history([message], two.cache);
		expect(three.history[0].options).toEqual([{ value: "a", label: "B" }]);
		delete message.options;
		expect(normalize_history([message], three.cache).history[0].options).toBeNull();
	});
	test("a message shown shares no object with the wire, which Gradio edits in place", () => {
		const block = { type: "text" as const, text: "Hel" };
		const message: WireMessage = { role: "assistant", content: [block], metadata: { title: "T" } };
		const [shown] = normalize_history([message]).history;
		block.text = "changed";
		message.metadata!.title = "changed";
		expect(shown.content).toEqual([{ type: "text", text: "Hel" }]);
		expect(shown.metadata?.title).toBe("T");
	});
	test("reuses unchanged messages of a history handed over as a copy", () => {
		const wire: WireMessage[] = [
			{ role: "user", content: "a" },
			{ role: "assistant", content: "b" }
		];
		const one = normalize_history(wire);
		const copy = structuredClone(wire);
		copy[1].content = "bc";
		const two = normalize_history(copy, one.cache);
		expect(two.history[0]).toBe(one.history[0]);
		expect(two.history[1].content).toEqual([{ type: "text", text: "bc" }]);
	});
	test("null is an empty history", () => {
		expect(normalize_history(null).history).toEqual([]);
	});
});
