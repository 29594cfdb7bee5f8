import { expect, test } from "vitest";
import { text } from "./text";

test("a string is text; a file dict is not", () => {
	expect(text.from_untagged("hi")).toEqual({ type: "text", text: "hi" });
	expect(text.from_untagged({ path: "/a" })).toBeNull();
});

test("text reads as itself", () => {
	expect(text.text({ type: "text", text: "**bold**\nline" })).toBe("**bold**\nline");
});
