import { describe, expect, it } from "vitest";
import { package_file, privatize_globals, prism_source, private_prism_module, scope_css } from "./isolation.js";

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

describe("privatize_globals", () => {
	it("gives fastdom a private object instead of window", () => {
		const path = "/app/node_modules/fastdom/fastdom.js";
		const source = privatize_globals(package_file("fastdom"), path);
		const module = { exports: {} as { measure?: unknown } };
		new Function("module", "define", source ?? "")(module, undefined);
		expect(typeof module.exports.measure).toBe("function");
		expect("fastdom" in globalThis).toBe(false);
	});

	it("keeps mermaid's build flags in the module", () => {
		const path = "/app/node_modules/mermaid/dist/chunks/mermaid.core/chunk-A.mjs";
		expect(privatize_globals("globalThis.injected ??= { a: 1 };", path)).toBe("const injected = { a: 1 };");
		expect(privatize_globals("const other = 1;", path)).toBeNull();
	});

	it("fails when a library writes its global in a way it does not recognise", () => {
		const path = "/app/node_modules/mermaid/dist/mermaid.core.mjs";
		expect(() => privatize_globals("globalThis.injected = {};", path)).toThrow();
	});
});
