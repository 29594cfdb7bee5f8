import { describe, expect, it } from "vitest";
import { prepare_math, type LatexDelimiter } from "./math";

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
