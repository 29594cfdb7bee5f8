import { describe, expect, it } from "vitest";
import { has_math, hide_math, outside_code, prepare_math, type LatexDelimiter } from "./math";

const DOLLARS: LatexDelimiter[] = [
	{ left: "$$", right: "$$", display: true },
	{ left: "$", right: "$", display: false }
];

const text = (value: string): string => prepare_math(value, DOLLARS).text;

describe("prepare_math", () => {
	it("turns $...$ math into \\(...\\) and drops the single-dollar delimiter", () => {
		const prepared = prepare_math("Euler: $e^{i\\pi} = -1$.", DOLLARS);
		expect(prepared.text).toBe("Euler: \\(e^{i\\pi} = -1\\).");
		expect(prepared.delimiters).toEqual([
			{ left: "$$", right: "$$", display: true },
			{ left: "\\(", right: "\\)", display: false }
		]);
	});

	it("keeps prices as text", () => {
		expect(text("It costs $5 and $10.")).toBe("It costs $5 and $10.");
		expect(text("From $5 to $10, or $x$ in math")).toBe("From $5 to $10, or \\(x\\) in math");
		expect(text("Pay $ 5 or 6 $ now")).toBe("Pay $ 5 or 6 $ now");
		expect(text("Escaped \\$x$ stays")).toBe("Escaped \\$x$ stays");
	});

	it("leaves $$ display math and code alone", () => {
		expect(text("$$x^2$$ and `$a$` and\n```\n$b$\n```\n$c$")).toBe("$$x^2$$ and `$a$` and\n```\n$b$\n```\n\\(c\\)");
	});

	it("does not pair dollars across paragraphs", () => {
		expect(text("$a\n\nb$")).toBe("$a\n\nb$");
	});

	it("changes nothing without a single-dollar delimiter", () => {
		const delimiters = [{ left: "$$", right: "$$", display: true }];
		expect(prepare_math("$x$", delimiters)).toEqual({ text: "$x$", delimiters });
	});

	it("does not add \\( twice", () => {
		const delimiters = [...DOLLARS, { left: "\\(", right: "\\)", display: false }];
		expect(prepare_math("$x$", delimiters).delimiters).toHaveLength(2);
	});
});

describe("hide_math", () => {
	const delimiters: LatexDelimiter[] = [
		{ left: "$$", right: "$$", display: true },
		{ left: "\\(", right: "\\)", display: false }
	];

	it("swaps math outside code for placeholders and restores it escaped", () => {
		const hidden = hide_math("a \\(x_1 < y\\) b $$z$$ `\\(c\\)`", delimiters);
		expect(hidden.text).toMatch(/^a %%MATH\w+%% b %%MATH\w+%% `\\\(c\\\)`$/);
		expect(hidden.text).not.toContain("x_1");
		expect(hidden.restore(`<p>${hidden.text}</p>`)).toBe("<p>a \\(x_1 &#60; y\\) b $$z$$ `\\(c\\)`</p>");
	});

	it("leaves text that only looks like a placeholder as it is", () => {
		const hidden = hide_math("%%MATH0%% and \\(x\\)", delimiters);
		expect(hidden.restore(hidden.text)).toBe("%%MATH0%% and \\(x\\)");
	});

	it("pairs each opener with the next closer, and leaves an unclosed one", () => {
		const hidden = hide_math("\\(a\\) \\(b", delimiters);
		expect(hidden.restore(hidden.text)).toBe("\\(a\\) \\(b");
		expect(hidden.text).toMatch(/^%%MATH\w+%% \\\(b$/);
	});

	it("leaves text without delimiters as it is", () => {
		expect(hide_math("a_1 *b*", []).text).toBe("a_1 *b*");
	});
});

describe("has_math", () => {
	it("is true when a delimiter opens in the text", () => {
		const delimiters: LatexDelimiter[] = [{ left: "\\(", right: "\\)", display: false }];
		expect(has_math("see \\(x\\)", delimiters)).toBe(true);
		expect(has_math("costs $5", delimiters)).toBe(false);
		expect(has_math("\\(x\\)", [])).toBe(false);
	});
});

describe("outside_code", () => {
	const upper = (text: string): string => outside_code(text, (prose) => prose.toUpperCase());

	it("leaves inline code and fenced blocks alone", () => {
		expect(upper("a `b` c ``d ` e`` f")).toBe("A `b` C ``d ` e`` F");
		expect(upper("a\n```py\nb\n```\nc")).toBe("A\n```py\nb\n```\nC");
		expect(upper("a\n  ~~~\nb\n  ~~~~\nc")).toBe("A\n  ~~~\nb\n  ~~~~\nC");
	});

	it("runs an unclosed fence to the end, and shows unmatched backticks as text", () => {
		expect(upper("a\n```\nb")).toBe("A\n```\nb");
		expect(upper("a ``b` c")).toBe("A ``B` C");
	});

	// Hostile input: a regular expression took minutes on 10 KB of backtick runs; this scan is linear
	// (vitest's own time limit is what fails here if it stops being so).
	it("copes with 100 KB of unmatched backtick runs", () => {
		let text = "";
		for (let length = 1; text.length < 100_000; length++) text += "`".repeat(length % 40 || 1) + "a";
		expect(outside_code(text, (prose) => prose).length).toBe(text.length);
		const ticks = "`".repeat(100_000);
		expect(outside_code(ticks, (prose) => prose)).toBe(ticks);
	});
});
