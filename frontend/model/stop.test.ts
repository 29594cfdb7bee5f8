import { describe, expect, test } from "vitest";
import { shows_stop } from "./stop";

describe("shows_stop", () => {
	test("shows while an event writing to the chat waits or streams", () => {
		for (const status of ["pending", "generating", "streaming"]) expect(shows_stop(true, status)).toBe(true);
	});
	test("hides once the event ends, failed, or before any ran", () => {
		for (const status of ["complete", "error", null, undefined]) expect(shows_stop(true, status)).toBe(false);
	});
	test("hides when no stop listener is wired", () => {
		expect(shows_stop(false, "generating")).toBe(false);
	});
});
