import { expect, test } from "vitest";
import { same_or_next } from "./stable";

test("keeps the previous object while the value is the same, takes the next once it differs", () => {
	const previous = { rtl: false, delimiters: [{ left: "$", right: "$" }] };
	expect(same_or_next(previous, { rtl: false, delimiters: [{ left: "$", right: "$" }] })).toBe(previous);
	const next = { rtl: true, delimiters: [{ left: "$", right: "$" }] };
	expect(same_or_next(previous, next)).toBe(next);
	expect(same_or_next(undefined, next)).toBe(next);
});
