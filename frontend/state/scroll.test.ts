import { expect, test } from "vitest";
import { is_at_bottom } from "./scroll";

test("near the bottom counts as the bottom", () => {
	expect(is_at_bottom({ scrollTop: 560, scrollHeight: 1000, clientHeight: 400 })).toBe(true);
	expect(is_at_bottom({ scrollTop: 500, scrollHeight: 1000, clientHeight: 400 })).toBe(false);
	expect(is_at_bottom({ scrollTop: 0, scrollHeight: 300, clientHeight: 400 })).toBe(true);
});
