import { expect, test } from "vitest";
import { file } from "./file";

test("a file dict is a file without alt text; a string is not", () => {
	expect(file.from_untagged({ path: "/a.png" })).toEqual({ type: "file", file: { path: "/a.png" }, alt_text: null });
	expect(file.from_untagged("/a.png")).toBeNull();
});

test("a file reads as its name in brackets", () => {
	expect(file.text({ type: "file", file: { path: "/tmp/x/cat.png", orig_name: "Cat.png" } })).toBe("[Cat.png]");
	expect(file.text({ type: "file", file: { path: "/tmp/x/cat.png" } })).toBe("[cat.png]");
});
