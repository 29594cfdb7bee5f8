import { describe, expect, test } from "vitest";
import { changed_messages, editable_messages } from "./edit.svelte";
import { group_messages } from "../model/history";
import { normalize_history } from "../pipeline/normalize";

const { history } = normalize_history(
	[
		{ role: "user", content: "first" },
		{ role: "user", content: { path: "/a.png" } },
		{ role: "user", content: "second" }
	],
	new Map()
);
const [group] = group_messages(history, true);

describe("editable_messages", () => {
	test("takes the text messages of roles `editable` allows, not files", () => {
		expect([...editable_messages(group, "user")]).toEqual([
			[0, "first"],
			[2, "second"]
		]);
		expect(editable_messages(group, null).size).toBe(0);
	});
});

describe("changed_messages", () => {
	test("sends only drafts that differ, with the text they replace", () => {
		const original = editable_messages(group, "all");
		expect(changed_messages(original, { 0: "first", 2: "changed" })).toEqual([
			{ index: 2, value: "changed", previous_value: "second" }
		]);
	});
});
