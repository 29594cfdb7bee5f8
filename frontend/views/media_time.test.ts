import { expect, test } from "vitest";
import { format_time } from "./media_time";

test("format_time reads like a player's clock", () => {
	expect(format_time(0)).toBe("0:00");
	expect(format_time(65.9)).toBe("1:05");
	expect(format_time(3725)).toBe("1:02:05");
	expect(format_time(Number.NaN)).toBe("0:00");
	expect(format_time(Number.POSITIVE_INFINITY)).toBe("0:00");
});
