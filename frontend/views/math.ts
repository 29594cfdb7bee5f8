import { closes_fence, fence_opened_by } from "./fences";

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
 * rendered HTML, where KaTeX's auto-render finds it by its delimiters. The placeholders carry a token
 * of this call, so text that merely looks like one stays text.
 */
export function hide_math(
	text: string,
	delimiters: LatexDelimiter[]
): { text: string; restore: (html: string) => string } {
	const spans: string[] = [];
	const token = `MATH${Math.random().toString(36).slice(2, 10)}x`;
	const hide = (prose: string): string =>
		delimiters.reduce(
			(result, delimiter) =>
				replace_spans(result, delimiter, (math) => {
					spans.push(math);
					return `%%${token}${spans.length - 1}%%`;
				}),
			prose
		);
	const placeholder = new RegExp(`%%${token}(\\d+)%%`, "g");
	return {
		text: delimiters.length > 0 ? outside_code(text, hide) : text,
		restore: (html) => html.replace(placeholder, (found, index: string) => escape_html(spans[Number(index)] ?? found))
	};
}

/** Each `left ... right` span (shortest, non-empty) replaced; one pass with indexOf, whatever the text. */
function replace_spans(text: string, { left, right }: LatexDelimiter, replace: (span: string) => string): string {
	let result = "";
	let from = 0;
	for (;;) {
		const open = text.indexOf(left, from);
		if (open < 0) break;
		const close = text.indexOf(right, open + left.length + 1);
		if (close < 0) break; // no later opener can close either
		result += text.slice(from, open) + replace(text.slice(open, close + right.length));
		from = close + right.length;
	}
	return result + text.slice(from);
}

export function escape_html(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Applies `transform` to the text outside fenced code blocks and inline code spans, in one pass:
 * a backtick run's closing run (the next run of the same length) comes from a table of runs made
 * once, so a message of unmatched backticks costs no more than any other.
 */
export function outside_code(text: string, transform: (prose: string) => string): string {
	const runs = backtick_runs(text);
	let result = "";
	let prose_start = 0;
	let i = 0;
	const keep_code = (start: number, end: number): void => {
		result += transform(text.slice(prose_start, start)) + text.slice(start, end);
		prose_start = i = end;
	};
	while (i < text.length) {
		const fence = i === 0 || text[i - 1] === "\n" ? fence_end(text, i) : -1;
		if (fence >= 0) {
			keep_code(i, fence);
			continue;
		}
		if (text[i] !== "`") {
			i++;
			continue;
		}
		const length = run_length(text, i);
		const close = runs.next(length, i + length);
		if (close >= 0) keep_code(i, close + length);
		else i += length;
	}
	return result + transform(text.slice(prose_start));
}

function run_length(text: string, start: number): number {
	let end = start;
	while (text[end] === "`") end++;
	return end - start;
}

/** Where each run of backticks starts, by length, and the next one of a length at or after a place. */
function backtick_runs(text: string): { next: (length: number, from: number) => number } {
	const starts = new Map<number, number[]>();
	for (let i = text.indexOf("`"); i >= 0; ) {
		const length = run_length(text, i);
		const same = starts.get(length);
		if (same) same.push(i);
		else starts.set(length, [i]);
		i = text.indexOf("`", i + length);
	}
	const cursor = new Map<number, number>();
	return {
		// Places asked for only grow, so each length's cursor only moves forward.
		next(length, from) {
			const list = starts.get(length) ?? [];
			let k = cursor.get(length) ?? 0;
			while (k < list.length && list[k] < from) k++;
			cursor.set(length, k);
			return k < list.length ? list[k] : -1;
		}
	};
}

/** The end of the fenced code block opening at `start` (after its closing line, or the text's end), or -1. */
function fence_end(text: string, start: number): number {
	const opener_end = text.indexOf("\n", start);
	const fence = opener_end < 0 ? null : fence_opened_by(text.slice(start, opener_end));
	if (fence === null) return -1;
	for (let line = opener_end + 1; line < text.length; ) {
		const end = text.indexOf("\n", line);
		const line_end = end < 0 ? text.length : end;
		if (closes_fence(fence, text.slice(line, line_end))) return line_end;
		line = line_end + 1;
	}
	return text.length;
}
