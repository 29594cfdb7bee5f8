import { describe, expect, it } from "vitest";
import { closes_fence, fence_language, fence_opened_by } from "./fences";

describe("fence_opened_by", () => {
	it("reads the indent, marker and language", () => {
		expect(fence_opened_by("  ````python linenos")).toEqual({ indent: "  ", marker: "````", language: "python" });
		expect(fence_opened_by("~~~")).toEqual({ indent: "", marker: "~~~", language: "" });
	});
	it("is null for what is not an opener", () => {
		expect(fence_opened_by("``not three")).toBeNull();
		expect(fence_opened_by("    ```indented four")).toBeNull();
		expect(fence_opened_by("```a`b")).toBeNull(); // backticks in a backtick fence's info string
		expect(fence_opened_by("~~~a`b")).not.toBeNull();
	});
});

describe("closes_fence", () => {
	const fence = { indent: "", marker: "````", language: "" };
	it("takes the same character, at least as many, then only blanks", () => {
		expect(closes_fence(fence, "````")).toBe(true);
		expect(closes_fence(fence, "   `````\t ")).toBe(true);
		expect(closes_fence(fence, "```")).toBe(false);
		expect(closes_fence(fence, "~~~~")).toBe(false);
		expect(closes_fence(fence, "```` x")).toBe(false);
	});
});

describe("fence_language", () => {
	it("is the info string's first word", () => {
		expect(fence_language(" js title=x ")).toBe("js");
		expect(fence_language(undefined)).toBe("");
	});
});
