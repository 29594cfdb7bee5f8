import { describe, expect, test } from "vitest";
import { keep_replaced, show_version, version_of } from "./versions";
import type { WireMessage } from "./types";

const reply = {
	role: "assistant",
	content: "third",
	metadata: { versions: [{ content: "first" }, { content: "second", metadata: { log: "slow" } }] }
} as WireMessage;

describe("answer versions", () => {
	test("a reply without versions has no pager", () => {
		expect(version_of({ metadata: null })).toBeNull();
	});
	test("the shown reply is the last version unless `version` says otherwise", () => {
		expect(version_of(reply)).toEqual([2, 3]);
	});
	test("switching shows the chosen version and keeps the others in order", () => {
		const second = show_version(reply, 1);
		expect(second).toEqual({
			role: "assistant",
			content: "second",
			metadata: { log: "slow", versions: [{ content: "first" }, { content: "third" }], version: 1 }
		});
		expect(version_of(second)).toEqual([1, 3]);
		expect(show_version(second, 2)).toEqual({
			role: "assistant",
			content: "third",
			metadata: { versions: [{ content: "first" }, { content: "second", metadata: { log: "slow" } }], version: 2 }
		});
	});
	test("a position out of range changes nothing", () => {
		expect(show_version(reply, 3)).toBe(reply);
	});
});

describe("keep_replaced", () => {
	const old: WireMessage = { role: "assistant", content: "old" };
	test("the retried reply becomes an earlier version of the new one", () => {
		expect(keep_replaced(old, { role: "assistant", content: "new" })).toEqual({
			role: "assistant",
			content: "new",
			metadata: { versions: [{ content: "old" }], version: 1 }
		});
	});
	test("versions already kept stay, in order, before the new reply", () => {
		const kept = keep_replaced(reply, { role: "assistant", content: "fourth" });
		expect(kept?.metadata).toEqual({
			versions: [{ content: "first" }, { content: "second", metadata: { log: "slow" } }, { content: "third" }],
			version: 3
		});
	});
	test("nothing to keep while the reply is unchanged or absent", () => {
		expect(keep_replaced(old, old)).toBeNull();
		expect(keep_replaced(old, undefined)).toBeNull();
		expect(keep_replaced(old, { role: "user", content: "x" })).toBeNull();
	});
});

describe("malformed versions never break paging", () => {
	const shown = { role: "assistant", content: "now" } as const;
	test.each([
		["not a list", "abc"],
		["a null entry", [null]],
		["an entry without content", [{ metadata: {} }]],
		["a list entry", [["x"]]],
		["metadata that is no dict", [{ content: "x", metadata: "title" }]]
	])("%s: no pager, and showing a version changes nothing", (_, versions) => {
		const message = { ...shown, metadata: { versions } } as unknown as WireMessage;
		expect(version_of(message)).toBeNull();
		expect(show_version(message, 0)).toBe(message);
		expect(keep_replaced(message, { role: "assistant", content: "new" })?.metadata).toEqual({
			versions: [{ content: "now" }],
			version: 1
		});
	});
	test.each([[1.5], ["1"], [Number.NaN], [-1], [9], [null]])("a position of %j shows the last version", (version) => {
		const message = { ...shown, metadata: { versions: [{ content: "old" }], version } } as unknown as WireMessage;
		expect(version_of(message)).toEqual([1, 2]);
	});
	test("a target that is not a whole number changes nothing", () => {
		expect(show_version(reply, 0.5)).toBe(reply);
		expect(show_version(reply, Number.NaN)).toBe(reply);
	});
});
