import { describe, expect, it } from "vitest";
import { has_math, hide_math, prepare_math, type LatexDelimiter } from "./math";

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
		expect(hidden.text).toBe("a %%MATH1%% b %%MATH0%% `\\(c\\)`");
		expect(hidden.restore("<p>%%MATH1%% %%MATH0%%</p>")).toBe("<p>\\(x_1 &#60; y\\) $$z$$</p>");
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
