import { describe, expect, it } from "vitest";
import { grammar_name, highlight, load_highlighting } from "./prism";

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
	it("highlights once the grammar and what it extends are loaded", async () => {
		expect(highlight("int main() {}", "c++")).toBeNull();
		await load_highlighting("c++");
		expect(highlight("int main() {}", "c++")).toContain('<span class="token keyword">int</span>');
		expect(load_highlighting("cpp")).toBeNull();
		await load_highlighting("php");
		expect(highlight("<?php echo 1; ?>", "php")).toContain('class="token delimiter important"');
	});

	it("loads nothing for languages it does not highlight", () => {
		expect(load_highlighting("mermaid")).toBeNull();
		expect(highlight("graph TD", "mermaid")).toBeNull();
	});
});
