/**
 * A message's markdown as HTML, before sanitizing, at once. What only some messages need loads on
 * demand: Prism with the first code block of a known language (./prism), KaTeX and mermaid once
 * the HTML is in the page (./katex, ./mermaid).
 */
import { Marked, Renderer, type Tokens } from "marked";
import { KNOWN_TAGS } from "./html_tags";
import { fence_language } from "./fences";
import { escape_html, hide_math, type LatexDelimiter } from "./math";
import { highlight, load_highlighting } from "./prism";

export interface MarkdownOptions {
	render_markdown: boolean;
	line_breaks: boolean;
	latex_delimiters: LatexDelimiter[];
	/** Tags shown as text rather than parsed as HTML: a list, or true for every tag HTML and SVG do not know. */
	allow_tags: string[] | boolean;
}

// The copy button the chat's click handler (@gradio/utils `copy`) looks for: it copies the text of
// the button's parent and shows the button's second child for a moment.
const COPY_BUTTON =
	'<button type="button" class="copy_code_button" title="Copy code" aria-label="Copy code">' +
	'<span class="copy-text"><svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.3">' +
	'<rect x="5" y="5" width="9" height="9" rx="1"/><path d="M11 5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h2"/></svg></span>' +
	'<span class="check"><svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.3">' +
	'<path d="M13.5 4.5 6.5 11.5 3 8"/></svg></span></button>';

const plain = new Renderer();

// What the parse under way waits for to highlight its code (parsing is synchronous).
let highlighting: Promise<unknown>[] = [];

function create_marked(line_breaks: boolean): Marked {
	return new Marked({
		gfm: true,
		breaks: line_breaks,
		walkTokens(token) {
			if (token.type !== "code") return;
			const code = token as Tokens.Code;
			const language = fence_language(code.lang);
			const highlighted = highlight(code.text, language);
			if (highlighted !== null) {
				code.text = highlighted;
				code.escaped = true;
			} else {
				const loading = load_highlighting(language);
				if (loading) highlighting.push(loading);
			}
		},
		renderer: {
			code(code, info, escaped) {
				const language = fence_language(info);
				const class_attribute = language ? ` class="language-${escape_html(language)}"` : "";
				const body = (escaped ? code : escape_html(code)).replace(/\n$/, "");
				return `<div class="code_wrap">${COPY_BUTTON}<pre><code${class_attribute}>${body}\n</code></pre></div>\n`;
			},
			link(href, title, text) {
				const link = plain.link(href, title, text);
				// A link leaves the chat in a new tab; one to a place on the page stays.
				return href.trim().startsWith("#") ? link : link.replace(/^<a /, '<a target="_blank" rel="noopener noreferrer" ');
			}
		}
	});
}

const renderers = new Map<boolean, Marked>();

function marked_for(line_breaks: boolean): Marked {
	let marked = renderers.get(line_breaks);
	if (!marked) {
		marked = create_marked(line_breaks);
		renderers.set(line_breaks, marked);
	}
	return marked;
}

/** The tags `allow_tags` names (or, with true, every tag HTML and SVG do not know) escaped to show as text. */
export function escape_tags(html: string, allow_tags: string[] | boolean): string {
	if (allow_tags === false) return html;
	const listed = Array.isArray(allow_tags) ? new Set(allow_tags.map((tag) => tag.toLowerCase())) : null;
	return html.replace(/<\/?([a-zA-Z][\w-]*)(?=[\s/>])[^<>]*>?/g, (tag, name: string) => {
		const lower = name.toLowerCase();
		const shown_as_text = listed ? listed.has(lower) : !KNOWN_TAGS.has(lower);
		return shown_as_text ? escape_html(tag) : tag;
	});
}

/**
 * The HTML for a message's text, math left in place (hidden from markdown) for KaTeX to draw;
 * `highlighting`, when some code waits for its grammar, settles once rendering again highlights it.
 */
export function markdown_to_html(text: string, options: MarkdownOptions): { html: string; highlighting: Promise<unknown> | null } {
	if (!options.render_markdown) return { html: escape_tags(text, options.allow_tags), highlighting: null };
	const math = hide_math(text, options.latex_delimiters);
	highlighting = [];
	const html = math.restore(marked_for(options.line_breaks).parse(math.text) as string);
	return { html: escape_tags(html, options.allow_tags), highlighting: highlighting.length ? Promise.all(highlighting) : null };
}
