export interface LatexDelimiter {
	left: string;
	right: string;
	display: boolean;
}

const INLINE: LatexDelimiter = { left: "\\(", right: "\\)", display: false };

function is_single_dollar(delimiter: LatexDelimiter): boolean {
	return delimiter.left === "$" && delimiter.right === "$";
}

/**
 * KaTeX pairs any two dollar signs, so "$5 and $10" would become math. With "$" among the
 * delimiters, the `$...$` that are math by Pandoc's rule (an opening "$" followed by a non-space,
 * a closing one preceded by a non-space and not followed by a digit, no "$" between) are
 * rewritten to `\(...\)` and "$" stops being a delimiter: every other "$" stays text.
 */
export function prepare_math(
	text: string,
	delimiters: LatexDelimiter[]
): { text: string; delimiters: LatexDelimiter[] } {
	if (!delimiters.some(is_single_dollar)) return { text, delimiters };
	const others = delimiters.filter((delimiter) => !is_single_dollar(delimiter));
	const has_inline = others.some((d) => d.left === INLINE.left && d.right === INLINE.right);
	return {
		text: outside_code(text, dollars_to_parens),
		delimiters: has_inline ? others : [...others, INLINE]
	};
}

function dollars_to_parens(text: string): string {
	let result = "";
	let i = 0;
	while (i < text.length) {
		const close = text[i] === "$" && is_single(text, i) && !/\s/.test(text[i + 1] ?? " ") ? closing_dollar(text, i) : -1;
		if (close < 0) {
			// A backslash keeps the character after it: "\$" is an escaped dollar, never an opener.
			const step = text[i] === "\\" || (text[i] === "$" && text[i + 1] === "$") ? 2 : 1;
			result += text.slice(i, i + step);
			i += step;
			continue;
		}
		result += `\\(${text.slice(i + 1, close)}\\)`;
		i = close + 1;
	}
	return result;
}

/** A "$" that is neither escaped nor half of "$$". */
function is_single(text: string, i: number): boolean {
	return text[i - 1] !== "\\" && text[i - 1] !== "$" && text[i + 1] !== "$";
}

function closing_dollar(text: string, open: number): number {
	for (let i = open + 1; i < text.length; i++) {
		if (text[i] === "\\") i++;
		else if (text[i] === "\n" && text[i + 1] === "\n") return -1;
		else if (text[i] === "$") {
			const closes = is_single(text, i) && !/\s/.test(text[i - 1]) && !/\d/.test(text[i + 1] ?? "");
			return closes ? i : -1;
		}
	}
	return -1;
}

/** Whether KaTeX has anything to look at: some delimiter opens in the text. */
export function has_math(text: string, delimiters: LatexDelimiter[]): boolean {
	return delimiters.some((delimiter) => text.includes(delimiter.left));
}

/**
 * Markdown would read LaTeX's `_`, `*` and `\\` as emphasis and escapes. Each math span outside code
 * becomes a placeholder markdown leaves alone; `restore` puts the math back, HTML-escaped, into the
 * rendered HTML, where KaTeX's auto-render finds it by its delimiters.
 */
export function hide_math(
	text: string,
	delimiters: LatexDelimiter[]
): { text: string; restore: (html: string) => string } {
	const spans: string[] = [];
	const patterns = delimiters.map(
		(delimiter) => new RegExp(`${escape_regexp(delimiter.left)}[\\s\\S]+?${escape_regexp(delimiter.right)}`, "g")
	);
	const hide = (prose: string): string =>
		patterns.reduce(
			(result, pattern) =>
				result.replace(pattern, (math) => {
					spans.push(math);
					return `%%MATH${spans.length - 1}%%`;
				}),
			prose
		);
	return {
		text: delimiters.length > 0 ? outside_code(text, hide) : text,
		restore: (html) => html.replace(/%%MATH(\d+)%%/g, (placeholder, index: string) => escape_html(spans[Number(index)] ?? placeholder))
	};
}

function escape_regexp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function escape_html(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Applies `transform` to the text outside fenced code blocks and inline code spans. */
function outside_code(text: string, transform: (prose: string) => string): string {
	const parts = text.split(/(^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))|(`+)[\s\S]*?[^`]\3(?!`))/m);
	let result = "";
	// split() interleaves: prose, code, fence marker, backtick run, prose, ...
	for (let i = 0; i < parts.length; i += 4) {
		result += transform(parts[i] ?? "") + (parts[i + 1] ?? "");
	}
	return result;
}
