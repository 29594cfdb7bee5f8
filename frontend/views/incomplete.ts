import { closes_fence, fence_opened_by, type Fence } from "./fences";

/**
 * Markdown as it should look while it is still arriving: markers the stream has opened but not
 * yet closed are closed (or, when nothing follows them yet, held back), so a half-written fence,
 * bold run, link or table renders as what it will become instead of flashing its raw syntax.
 * Only the rendered copy goes through here; the message's text is never changed.
 */
export function complete_markdown(text: string): string {
	const lines = text.split("\n");
	const fence = open_fence(lines);
	if (fence) return close_fence(lines, fence);
	// Inline markers only pair up within a block, so only the last one can be unfinished.
	let start = lines.length - 1;
	while (start > 0 && lines[start - 1].trim() !== "") start--;
	const head = lines.slice(0, start);
	const block = drop_partial_last_line(lines.slice(start));
	const completed = complete_table(block) ?? complete_inline(block.join("\n"));
	return [...head, completed].join("\n");
}

/** The language of the code fence the text ends inside ("" for none), or null when every fence is closed. */
export function open_fence_language(text: string): string | null {
	return open_fence(text.split("\n"))?.language ?? null;
}

/** The fence still open at the end of the text, if any. */
function open_fence(lines: string[]): Fence | null {
	let open: Fence | null = null;
	for (const line of lines) {
		if (!open) open = fence_opened_by(line);
		else if (closes_fence(open, line)) open = null;
	}
	return open;
}

function close_fence(lines: string[], fence: Fence): string {
	const last = lines[lines.length - 1];
	// The closing fence arriving a character at a time would otherwise show as code text.
	const partial_closer = new RegExp(`^ {0,3}\\${fence.marker[0]}{1,${fence.marker.length - 1}}$`);
	const body = partial_closer.test(last) ? lines.slice(0, -1) : lines;
	return [...body, fence.indent + fence.marker].join("\n");
}

/**
 * Lines that mean something else once complete: a lone "-" or "=" under text turns it into a
 * heading, and one or two backticks or tildes are the start of a fence.
 */
function drop_partial_last_line(block: string[]): string[] {
	const last = block[block.length - 1];
	if (/^ {0,3}(`{1,2}|~{1,2}|-+|=+)\s*$/.test(last) && block.length > 1) return block.slice(0, -1);
	if (/^ {0,3}(`{1,2}|~{1,2})$/.test(last)) return [...block.slice(0, -1), ""];
	return block;
}

const TABLE_ROW = /^ {0,3}\|/;

function cells(row: string): number {
	return row.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").length;
}

/** A table whose delimiter row has not arrived (or has half arrived) gets one, so it renders as a table. */
function complete_table(block: string[]): string | null {
	if (!TABLE_ROW.test(block[0])) return null;
	const delimiter = `|${" --- |".repeat(cells(block[0]))}`;
	const rows = [...block.slice(0, -1), complete_inline(block[block.length - 1])];
	if (block.length === 1) return `${rows[0]}\n${delimiter}`;
	const second = block[1];
	const complete_delimiter = /^ {0,3}\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/.test(second) && cells(second) === cells(block[0]);
	if (block.length === 2 && !complete_delimiter && /^[\s|:-]*$/.test(second)) return `${rows[0]}\n${delimiter}`;
	return rows.join("\n");
}

/**
 * Closes the inline markers left open at the end of `text`, innermost first. An opener with
 * nothing after it yet is dropped instead, since an empty pair renders as raw markers.
 */
function complete_inline(text: string): string {
	const open: { marker: string; at: number }[] = [];
	let i = 0;
	while (i < text.length) {
		const char = text[i];
		if (char === "\\") {
			const math = text[i + 1] === "(" || text[i + 1] === "[" ? `\\${text[i + 1]}` : null;
			const closes = math && open.at(-1)?.marker === math;
			if (math && !closes) open.push({ marker: math, at: i });
			else if (closes) open.pop();
			else if (text[i + 1] === ")" || text[i + 1] === "]") {
				const opener = text[i + 1] === ")" ? "\\(" : "\\[";
				if (open.at(-1)?.marker === opener) open.pop();
			}
			i += 2;
			continue;
		}
		const run = run_at(text, i);
		if (char === "`") {
			// A code span ends at the next run of as many backticks; nothing inside it is markdown.
			const end = text.indexOf(run, i + run.length);
			if (end < 0) {
				open.push({ marker: run, at: i });
				break;
			}
			i = end + run.length;
			continue;
		}
		if (char === "$" && run.length === 2) {
			if (open.at(-1)?.marker === "$$") open.pop();
			else open.push({ marker: "$$", at: i });
		} else if (char === "*" || char === "_" || char === "~") {
			const before = text[i - 1] ?? " ";
			const after = text[i + run.length] ?? "";
			const top = open.at(-1);
			if (top?.marker === run && !/\s/.test(before)) open.pop();
			else if (is_opener(char, run, before, after, text, i)) open.push({ marker: run, at: i });
		} else if (char === "[" || (char === "!" && text[i + 1] === "[")) {
			const link = complete_link(text, i);
			// The link is settled now; what is left open inside it is closed on the second pass.
			if (link !== null) return complete_inline(link);
		}
		i += run.length;
	}
	return complete_inline_markers(text, open);
}

/** The run of one repeated character starting at `i` ("**", "```", "$$"), `$` and emphasis at most 3. */
function run_at(text: string, i: number): string {
	let end = i + 1;
	while (text[end] === text[i]) end++;
	return text.slice(i, end);
}

function is_opener(char: string, run: string, before: string, after: string, text: string, i: number): boolean {
	if (after === "" || /\s/.test(after)) {
		// "* item" is a list bullet and "2 * 3" arithmetic; only a run at the very end may still become an opener.
		return after === "" && run.length <= 3 && (char !== "*" || !/^\s*$/.test(text.slice(text.lastIndexOf("\n", i) + 1, i)));
	}
	if (char === "~") return run.length === 2;
	// snake_case: an underscore inside a word is not emphasis.
	if (char === "_" && /[\p{L}\p{N}]/u.test(before)) return false;
	return run.length <= 3;
}

/**
 * A link or image the stream is in the middle of. Returns the text up to where it renders
 * completely (null when the brackets at `i` are complete or are not a link).
 */
function complete_link(text: string, i: number): string | null {
	const image = text[i] === "!";
	const label_start = i + (image ? 2 : 1);
	const label_end = text.indexOf("]", label_start);
	if (label_end < 0) {
		if (text.indexOf("\n", label_start) >= 0) return null;
		// "[text" shows its text; a half-typed image shows nothing until its address is known.
		return image ? text.slice(0, i) : text.slice(0, i) + text.slice(label_start);
	}
	if (text[label_end + 1] !== "(") return null;
	if (text.indexOf(")", label_end) >= 0) return null;
	// The address is incomplete: link the text to nowhere yet, rather than to half an address.
	return image ? text.slice(0, i) : `${text.slice(0, label_end + 1)}()`;
}

function complete_inline_markers(text: string, open: { marker: string; at: number }[]): string {
	let result = text;
	for (const { marker, at } of [...open].reverse()) {
		if (at >= result.length) continue;
		if (result.slice(at + marker.length).trim() === "") result = result.slice(0, at);
		else result += closer(marker);
	}
	return result;
}

function closer(marker: string): string {
	if (marker === "\\(") return "\\)";
	if (marker === "\\[") return "\\]";
	return marker;
}
