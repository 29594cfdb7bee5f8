import { expect, test } from "vitest";
import { component } from "./component";

test("a component is never untagged", () => {
	expect(component.from_untagged("plot")).toBeNull();
	expect(component.from_untagged({ path: "/a" })).toBeNull();
});

test("a component reads as its name in brackets", () => {
	expect(component.text({ type: "component", component: "gallery", value: [], constructor_args: {}, props: {} })).toBe(
		"[gallery]"
	);
});
