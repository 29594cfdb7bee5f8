import { describe, expect, it } from "vitest";
import { escape_tags, markdown_to_html, type MarkdownOptions } from "./markdown";

const OPTIONS: MarkdownOptions = {
	render_markdown: true,
	line_breaks: true,
	latex_delimiters: [
		{ left: "$$", right: "$$", display: true },
		{ left: "\\(", right: "\\)", display: false }
	],
	allow_tags: true
};

function html_of(text: string, options: MarkdownOptions): string {
	return markdown_to_html(text, options).html;
}

describe("markdown_to_html", () => {
	it("keeps math away from markdown and escapes it for the page", () => {
		const html = html_of("Sum \\(a_1 * b_2 < c\\) and *x*\n\n$$x_1 * y_2$$", OPTIONS);
		expect(html).toContain("\\(a_1 * b_2 &#60; c\\)");
		expect(html).toContain("$$x_1 * y_2$$");
		expect(html).toContain("<em>x</em>");
	});

	it("leaves delimiters inside code to the code", () => {
		const html = html_of("`\\(a_1\\)` and\n\n```\n\\(b_1\\)\n```", OPTIONS);
		expect(html).toContain("<code>\\(a_1\\)</code>");
		expect(html).toContain("\\(b_1\\)\n</code></pre>");
		expect(html).not.toContain("%%MATH");
	});

	it("wraps code blocks with a copy button, and highlights known languages once their grammar is loaded", async () => {
		const first = markdown_to_html("```python\nx = 1  # one\n```", OPTIONS);
		expect(first.html).toMatch(/^<div class="code_wrap"><button type="button" class="copy_code_button"/);
		expect(first.html).toContain('<code class="language-python">x = 1  # one\n</code>');
		await first.highlighting;
		const again = markdown_to_html("```python\nx = 1  # one\n```", OPTIONS);
		expect(again.highlighting).toBeNull();
		expect(again.html).toContain('<code class="language-python">');
		expect(again.html).toContain('<span class="token comment"># one</span>');
	});

	it("waits for nothing when no code needs a grammar", () => {
		expect(markdown_to_html("```\nplain\n```\n\n```mermaid\ngraph TD\n```", OPTIONS).highlighting).toBeNull();
	});

	it("leaves code in unknown languages and mermaid diagrams as escaped text", () => {
		const html = html_of("```mermaid\ngraph TD\n  A --> B<br>\n```", OPTIONS);
		expect(html).toContain('<code class="language-mermaid">graph TD\n  A --&#62; B&#60;br&#62;\n</code>');
	});

	it("opens links in a new tab, except links within the page", () => {
		expect(html_of("[a](https://x.org) [b](#top)", OPTIONS)).toBe(
			'<p><a target="_blank" rel="noopener noreferrer" href="https://x.org">a</a> <a href="#top">b</a></p>\n'
		);
	});

	it("follows line_breaks and render_markdown", () => {
		expect(html_of("a\nb", OPTIONS)).toBe("<p>a<br>b</p>\n");
		expect(html_of("a\nb", { ...OPTIONS, line_breaks: false })).toBe("<p>a\nb</p>\n");
		expect(html_of("**a** <b>", { ...OPTIONS, render_markdown: false })).toBe("**a** <b>");
	});
});

describe("escape_tags", () => {
	it("with true, shows tags HTML and SVG do not know as text", () => {
		expect(escape_tags("<thinking>hm</thinking> <b>ok</b> <svg><path/></svg>", true)).toBe(
			"&#60;thinking&#62;hm&#60;/thinking&#62; <b>ok</b> <svg><path/></svg>"
		);
	});

	it("with a list, shows the listed tags as text, whatever the case", () => {
		expect(escape_tags('<Plan id="1">x</plan> <div>y</div>', ["plan"])).toBe("&#60;Plan id=&#34;1&#34;&#62;x&#60;/plan&#62; <div>y</div>");
	});

	it("with false, changes nothing", () => {
		expect(escape_tags("<thinking>", false)).toBe("<thinking>");
	});
});
