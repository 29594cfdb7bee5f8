import { describe, expect, it } from "vitest";
import { complete_markdown, open_fence_language } from "./incomplete";

describe("complete_markdown", () => {
	it("leaves finished markdown as written", () => {
		const text = "# Title\n\n**bold** and *it* with `code`, [a](https://x.org) and 2 * 3.\n\n```py\nx = 1\n```\n\n| a | b |\n| --- | --- |\n| 1 | 2 |";
		expect(complete_markdown(text)).toBe(text);
	});

	describe("fences", () => {
		it("closes an open code fence, with its own marker and indent", () => {
			expect(complete_markdown("Look:\n```py\nx = 1")).toBe("Look:\n```py\nx = 1\n```");
			expect(complete_markdown("~~~~\ncode")).toBe("~~~~\ncode\n~~~~");
			expect(complete_markdown("  ```\ncode")).toBe("  ```\ncode\n  ```");
		});

		it("holds back a fence's first backticks and a half-typed closer", () => {
			expect(complete_markdown("Look:\n`")).toBe("Look:");
			expect(complete_markdown("Look:\n``")).toBe("Look:");
			expect(complete_markdown("```py\nx = 1\n``")).toBe("```py\nx = 1\n```");
		});

		it("leaves markers inside code alone", () => {
			expect(complete_markdown("```\n**not bold\n[not a link")).toBe("```\n**not bold\n[not a link\n```");
		});

		it("treats a closed fence as closed", () => {
			expect(complete_markdown("```\na\n```\n\n**b")).toBe("```\na\n```\n\n**b**");
		});
	});

	describe("inline code", () => {
		it("closes an open code span and ignores markers inside it", () => {
			expect(complete_markdown("Run `npm *test")).toBe("Run `npm *test`");
			expect(complete_markdown("Run ``a ` b")).toBe("Run ``a ` b``");
		});

		it("drops a backtick with nothing after it", () => {
			expect(complete_markdown("Run `")).toBe("Run ");
		});
	});

	describe("emphasis", () => {
		it("closes bold, italic, bold italic and strikethrough", () => {
			expect(complete_markdown("This is **bold")).toBe("This is **bold**");
			expect(complete_markdown("This is *it")).toBe("This is *it*");
			expect(complete_markdown("This is _it")).toBe("This is _it_");
			expect(complete_markdown("This is ***both")).toBe("This is ***both***");
			expect(complete_markdown("This is ~~gone")).toBe("This is ~~gone~~");
		});

		it("closes nested markers innermost first", () => {
			expect(complete_markdown("**bold *and it")).toBe("**bold *and it***");
		});

		it("drops a marker with nothing after it yet", () => {
			expect(complete_markdown("This is **")).toBe("This is ");
			expect(complete_markdown("**bold*")).toBe("**bold**");
		});

		it("does not take bullets, arithmetic or snake_case for emphasis", () => {
			expect(complete_markdown("* one\n* two")).toBe("* one\n* two");
			expect(complete_markdown("2 * 3 = 6")).toBe("2 * 3 = 6");
			expect(complete_markdown("call snake_case_name")).toBe("call snake_case_name");
		});

		it("only looks at the last block: earlier paragraphs are finished", () => {
			expect(complete_markdown("a * b\n\nnow **bold")).toBe("a * b\n\nnow **bold**");
		});
	});

	describe("links and images", () => {
		it("shows a link's text before its address is complete", () => {
			expect(complete_markdown("See [the docs")).toBe("See the docs");
			expect(complete_markdown("See [the docs](https://exa")).toBe("See [the docs]()");
		});

		it("leaves a complete link and brackets that are not a link", () => {
			expect(complete_markdown("See [a](b) and [1]")).toBe("See [a](b) and [1]");
		});

		it("closes emphasis inside a link's text", () => {
			expect(complete_markdown("See [**bold")).toBe("See **bold**");
		});

		it("shows nothing of an image until its address is complete", () => {
			expect(complete_markdown("Here ![a cat](https://ex")).toBe("Here ");
			expect(complete_markdown("Here ![a c")).toBe("Here ");
		});
	});

	describe("tables", () => {
		it("gives a header row a delimiter row", () => {
			expect(complete_markdown("| a | b |")).toBe("| a | b |\n| --- | --- |");
			expect(complete_markdown("Data:\n\n| a | b")).toBe("Data:\n\n| a | b\n| --- | --- |");
		});

		it("replaces a half-arrived delimiter row", () => {
			expect(complete_markdown("| a | b |\n| --")).toBe("| a | b |\n| --- | --- |");
			expect(complete_markdown("| a | b |\n|")).toBe("| a | b |\n| --- | --- |");
		});

		it("keeps a complete table and completes markers in its last row", () => {
			expect(complete_markdown("| a | b |\n| - | - |\n| 1 | **2")).toBe("| a | b |\n| - | - |\n| 1 | **2**");
		});
	});

	describe("lists and headings", () => {
		it("does not turn the line above a lone dash or equals sign into a heading", () => {
			expect(complete_markdown("Some text\n-")).toBe("Some text");
			expect(complete_markdown("Some text\n==")).toBe("Some text");
			expect(complete_markdown("- one\n-")).toBe("- one");
		});

		it("closes emphasis in the last list item", () => {
			expect(complete_markdown("- one\n- **two")).toBe("- one\n- **two**");
		});
	});

	describe("math", () => {
		it("closes display math", () => {
			expect(complete_markdown("$$\n\\int_0^1 x")).toBe("$$\n\\int_0^1 x$$");
			expect(complete_markdown("So \\[ x^2")).toBe("So \\[ x^2\\]");
			expect(complete_markdown("So \\( x^2")).toBe("So \\( x^2\\)");
		});

		it("leaves closed math and single dollars (prices) alone", () => {
			expect(complete_markdown("So \\( x \\) and $$y$$")).toBe("So \\( x \\) and $$y$$");
			expect(complete_markdown("It costs $5 and $10")).toBe("It costs $5 and $10");
		});

		it("drops a math opener with nothing after it", () => {
			expect(complete_markdown("So \\[")).toBe("So ");
		});
	});
});

describe("open_fence_language", () => {
	it("names the language of the fence the text ends inside", () => {
		expect(open_fence_language("Look:\n```mermaid\ngraph TD")).toBe("mermaid");
		expect(open_fence_language("~~~\ncode")).toBe("");
	});

	it("is null once every fence is closed", () => {
		expect(open_fence_language("```mermaid\ngraph TD\n```\n\nafter")).toBeNull();
		expect(open_fence_language("no code")).toBeNull();
	});
});
