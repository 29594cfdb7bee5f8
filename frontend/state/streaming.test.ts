import { describe, expect, it } from "vitest";
import { growing_index } from "./streaming";

const history = (...roles: string[]): { role: string }[] => roles.map((role) => ({ role }));

describe("growing_index", () => {
	it("is the last message while its event streams", () => {
		expect(growing_index("generating", history("user", "assistant"))).toBe(1);
		expect(growing_index("streaming", history("user", "assistant"))).toBe(1);
	});

	it("is none before the first yield, after the last, and for a user's message", () => {
		expect(growing_index("pending", history("user", "assistant"))).toBeNull();
		expect(growing_index("complete", history("user", "assistant"))).toBeNull();
		expect(growing_index(undefined, history("user", "assistant"))).toBeNull();
		expect(growing_index("generating", history("user"))).toBeNull();
		expect(growing_index("generating", history())).toBeNull();
	});
});
