import { expect, test } from "vitest";
import { PAGE, page_start, kept_scroll_top } from "./paging";

test("the last pages show; short histories show whole", () => {
	expect(page_start(100, PAGE)).toBe(60);
	expect(page_start(100, 2 * PAGE)).toBe(20);
	expect(page_start(100, 3 * PAGE)).toBe(0);
	expect(page_start(10, PAGE)).toBe(0);
});

test("the reader's view stays where it was when a page is added above", () => {
	// 300 px from the bottom before, the log 1,800 px tall after.
	expect(kept_scroll_top(1800, 300)).toBe(1500);
});
