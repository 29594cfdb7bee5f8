import { expect, test } from "vitest";
import { follows_after_scroll, is_at_bottom } from "./scroll";

test("near the bottom counts as the bottom", () => {
	expect(is_at_bottom({ scrollTop: 560, scrollHeight: 1000, clientHeight: 400 })).toBe(true);
	expect(is_at_bottom({ scrollTop: 500, scrollHeight: 1000, clientHeight: 400 })).toBe(false);
	expect(is_at_bottom({ scrollTop: 0, scrollHeight: 300, clientHeight: 400 })).toBe(true);
});

const away = { scrollTop: 0, scrollHeight: 1000, clientHeight: 400 };
const bottom = { scrollTop: 600, scrollHeight: 1000, clientHeight: 400 };

test("a reader who scrolls away stops the following; back at the bottom it resumes", () => {
	expect(follows_after_scroll(true, true, away)).toBe(false);
	expect(follows_after_scroll(false, true, bottom)).toBe(true);
	expect(follows_after_scroll(false, false, bottom)).toBe(true);
});

test("content moving under the reader changes nothing", () => {
	expect(follows_after_scroll(true, false, away)).toBe(true);
	expect(follows_after_scroll(false, false, away)).toBe(false);
});
