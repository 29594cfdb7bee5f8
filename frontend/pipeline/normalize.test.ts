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
	test("null is an empty history", () => {
		expect(normalize_history(null).history).toEqual([]);
	});
});
