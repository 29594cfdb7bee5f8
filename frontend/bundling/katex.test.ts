import { describe, expect, it } from "vitest";
import { katex_source, private_katex_css } from "./katex.js";

describe("private_katex_css", () => {
	const css = private_katex_css(katex_source(), ".root");

	it("keeps only woff2 fonts, under names of its own", () => {
		expect(css).not.toMatch(/\.woff\)|\.ttf\)/);
		expect(css).toContain("font-family:MessagesChatbot_KaTeX_Main;");
		expect(css).toContain("url(fonts/KaTeX_Main-Regular.woff2)");
		expect(css).not.toMatch(/[^_/]KaTeX_Main[,;}]/);
	});

	it("confines every rule to the scope", () => {
		const selectors = css.replace(/@font-face\{[^}]*\}/g, "").match(/[^{}]+(?=\{)/g) ?? [];
		expect(selectors.length).toBeGreaterThan(100);
		expect(selectors.flatMap((list) => list.split(",")).filter((s) => !s.trim().startsWith(".root "))).toEqual([]);
	});
});
