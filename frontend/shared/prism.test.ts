import { describe, expect, it } from "vitest";
import { grammar_name, highlight } from "./prism";

describe("grammar_name", () => {
	it("knows core grammars, loadable ones and their aliases; nothing else loads Prism", () => {
		expect(grammar_name("js")).toBe("js");
		expect(grammar_name("Python")).toBe("python");
		expect(grammar_name("py")).toBe("python");
		expect(grammar_name("sh")).toBe("bash");
		expect(grammar_name("mermaid")).toBeNull();
		expect(grammar_name("")).toBeNull();
	});
});

describe("highlight", () => {
	it("loads a grammar and what it extends before highlighting", async () => {
		expect(await highlight("int main() {}", "c++")).toContain('<span class="token keyword">int</span>');
		expect(await highlight("<?php echo 1; ?>", "php")).toContain('class="token delimiter important"');
	});

	it("leaves unknown languages to the caller", async () => {
		expect(await highlight("graph TD", "mermaid")).toBeNull();
	});
});
