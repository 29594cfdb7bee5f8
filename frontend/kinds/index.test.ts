import { describe, expect, test } from "vitest";
import { block_text, is_block, normalize_item } from "./index";

describe("normalize_item", () => {
	test("a string is a text block", () => {
		expect(normalize_item("hi")).toEqual({ type: "text", text: "hi" });
	});
	test("a bare file is a file block without alt text", () => {
		expect(normalize_item({ path: "/a.png", mime_type: "image/png" })).toEqual({
			type: "file",
			file: { path: "/a.png", mime_type: "image/png" },
			alt_text: null
		});
	});
	test("typed blocks pass through", () => {
		const block = { type: "component" as const, component: "plot", value: 1, constructor_args: {}, props: {} };
		expect(normalize_item(block)).toBe(block);
		const file = { type: "file" as const, file: { path: "/a" }, alt_text: "alt" };
		expect(normalize_item(file)).toBe(file);
	});
	test("a file whose name is 'type' data is still a file", () => {
		expect(normalize_item({ path: "/x", orig_name: "type" }).type).toBe("file");
	});
});

test("only the registered kinds' tags make a block", () => {
	expect(is_block({ type: "text", text: "a" })).toBe(true);
	expect(is_block({ type: "component" })).toBe(true);
	expect(is_block({ type: "location" })).toBe(false);
	expect(is_block({ type: "toString" })).toBe(false);
	expect(is_block({ path: "/a" })).toBe(false);
});

test("each block reads as its own kind's text", () => {
	expect(block_text({ type: "text", text: "Hello" })).toBe("Hello");
	expect(block_text({ type: "file", file: { path: "/x/report.pdf" } })).toBe("[report.pdf]");
	expect(block_text({ type: "component", component: "plot", value: null, constructor_args: {}, props: {} })).toBe(
		"[plot]"
	);
});
