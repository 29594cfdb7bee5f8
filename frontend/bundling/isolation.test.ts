import { describe, expect, it } from "vitest";
import { prism_source, private_prism_module, scope_css } from "./isolation.js";

describe("scope_css", () => {
	it("prefixes every selector of every rule", () => {
		const css = "table,\ntr { padding: 1px; }\n/* a, b { */\n.md code, .md pre { color: red; }";
		expect(scope_css(css, ".root")).toBe(".root table, .root tr { padding: 1px; }\n\n.root .md code, .root .md pre { color: red; }");
	});

	it("keeps dark mode's class above the scope", () => {
		expect(scope_css(".dark .md .token { color: red; }", ".root")).toBe(".dark .root .md .token { color: red; }");
	});

	it("keeps font faces as they are", () => {
		expect(scope_css("@font-face{font-family:F;src:url(f.woff2)}a{b:c}", ".root")).toBe("@font-face{font-family:F;src:url(f.woff2)}.root a {b:c}");
	});

	it("refuses at-rules it would scope wrongly", () => {
		expect(() => scope_css("@media (x) { a { b: c } }", ".root")).toThrow();
	});
});

describe("private_prism_module", () => {
	it("highlights without writing any global", async () => {
		const url = `data:text/javascript,${encodeURIComponent(private_prism_module(prism_source()))}`;
		const before = Object.keys(globalThis);
		const module = await import(/* @vite-ignore */ url);
		expect(Object.keys(globalThis)).toEqual(before);
		expect("Prism" in globalThis).toBe(false);
		expect(module.highlight("let a = 1", module.languages.javascript, "javascript")).toContain('class="token keyword"');
	});
});
