import { expect, test } from "vitest";
import { ENGLISH } from "../strings";
import { cite_markdown, cited_number, safe_link, source_id, source_label, sources_markdown } from "./sources";

test("only absolute http, https and mailto URLs become links", () => {
	expect(safe_link("https://example.com/a?b#c")).toBe("https://example.com/a?b#c");
	expect(safe_link("HTTP://example.com")).toBe("HTTP://example.com");
	expect(safe_link("mailto:someone@example.com")).toBe("mailto:someone@example.com");
	for (const hostile of [
		"javascript:alert(1)",
		"JaVaScRiPt:alert(1)",
		"java\tscript:alert(1)",
		" javascript:alert(1)",
		"data:text/html,<script>alert(1)</script>",
		"vbscript:msgbox",
		"file:///etc/passwd",
		"//evil.example",
		"/relative",
		"http://",
		"",
		null,
		undefined
	]) {
		expect(safe_link(hostile), String(hostile)).toBeNull();
	}
});

test("a chip is labelled by its title, else its host, address or file name", () => {
	expect(source_label({ title: "Docs", url: "https://x.org" })).toBe("Docs");
	expect(source_label({ url: "https://www.gradio.app/guides" })).toBe("gradio.app");
	expect(source_label({ url: "mailto:me@example.com" })).toBe("me@example.com");
	expect(source_label({ file: { path: "/tmp/g/report.pdf" } })).toBe("report.pdf");
	expect(source_label({ url: "javascript:alert(1)" })).toBe("javascript:alert(1)");
});

test("markers of existing sources link to their chips", () => {
	const id1 = source_id("p", 1);
	expect(cite_markdown("Fast [1] and safe [2].", 2, "p")).toBe(
		`Fast [[1]](#${id1}) and safe [[2]](#${source_id("p", 2)}).`
	);
	expect(cite_markdown("Both[1][2]", 2, "p")).toBe(`Both[[1]](#${id1})[[2]](#${source_id("p", 2)})`);
});

test("markers without a source, links, definitions, escapes and code stay as written", () => {
	const kept = [
		"No such source [3] or [0].",
		"A [1](https://x.org) link and ![1](img.png)",
		"[1]: https://x.org",
		"Escaped \\[1]",
		"Inline `a[1]` code",
		"```\nlist[1]\n```",
		"~~~py\nx[1]\n~~~"
	];
	for (const text of kept) expect(cite_markdown(text, 2, "p"), text).toBe(text);
	expect(cite_markdown("[1]", 0, "p")).toBe("[1]");
	expect(cite_markdown("`x[1]` then [1]", 1, "p")).toBe(`\`x[1]\` then [[1]](#${source_id("p", 1)})`);
});

test("a marker's link names its source only within its own message", () => {
	expect(cited_number(`#${source_id("chat-1", 2)}`, "chat-1")).toBe(2);
	expect(cited_number(`#${source_id("chat-10", 2)}`, "chat-1")).toBeNull();
	expect(cited_number("https://x.org", "chat-1")).toBeNull();
	expect(cited_number(null, "chat-1")).toBeNull();
});

test("the transcript lists sources by number, links only where safe", () => {
	expect(
		sources_markdown([
			{ title: "Docs [v6]", url: "https://gradio.app/a>b", snippet: "Chat\ncomponents" },
			{ title: "Trap", url: "javascript:alert(1)" }
		], ENGLISH)
	).toBe("Sources:\n\n1. [Docs \\[v6\\]](<https://gradio.app/a%3Eb>) — Chat components\n2. Trap");
	expect(sources_markdown([], ENGLISH)).toBe("");
	expect(sources_markdown(null, ENGLISH)).toBe("");
});
