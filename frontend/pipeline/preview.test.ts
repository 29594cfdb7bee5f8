import { expect, test } from "vitest";
import { preview_text } from "./preview";

test("summarises text, files and components on one line", () => {
	const text = preview_text([
		{ role: "user", content: [{ type: "text", text: "Hello\n  there" }] },
		{
			role: "assistant",
			content: [
				{ type: "file", file: { path: "/x/report.pdf" } },
				{ type: "component", component: "plot", value: null, constructor_args: {}, props: {} }
			]
		}
	]);
	expect(text).toBe("Hello there · [report.pdf] [plot]");
});

test("cuts long histories with an ellipsis", () => {
	const text = preview_text([{ role: "user", content: [{ type: "text", text: "x".repeat(200) }] }], 10);
	expect(text).toBe("xxxxxxxxx…");
});
