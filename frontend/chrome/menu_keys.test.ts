import { describe, expect, test } from "vitest";
import { menu_index_after } from "./menu_keys";

describe("menu_index_after", () => {
	test("arrows move one item and wrap around", () => {
		expect(menu_index_after("ArrowDown", 0, 3)).toBe(1);
		expect(menu_index_after("ArrowDown", 2, 3)).toBe(0);
		expect(menu_index_after("ArrowUp", 0, 3)).toBe(2);
	});
	test("Home and End jump to the ends", () => {
		expect(menu_index_after("Home", 2, 3)).toBe(0);
		expect(menu_index_after("End", 0, 3)).toBe(2);
	});
	test("other keys and empty menus move nothing", () => {
		expect(menu_index_after("a", 1, 3)).toBeNull();
		expect(menu_index_after("ArrowDown", 0, 0)).toBeNull();
	});
});
