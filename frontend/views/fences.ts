/**
 * Fenced code blocks, as CommonMark (and marked) read them: the one definition the streaming
 * completion (./incomplete) and the math/code split (./math) share.
 */

export interface Fence {
	indent: string;
	/** The run of backticks or tildes that opened it. */
	marker: string;
	/** The info string's first word: the code's language ("" for none). */
	language: string;
}

const FENCE_LINE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** The info string's first word: a fenced block's language. */
export function fence_language(info: string | undefined): string {
	return (info ?? "").trim().split(/\s/)[0];
}

/** The fence `line` opens, or null; a backtick fence's info string may not contain backticks. */
export function fence_opened_by(line: string): Fence | null {
	const match = FENCE_LINE.exec(line);
	if (!match) return null;
	const [, indent, marker, info] = match;
	return marker[0] === "`" && info.includes("`") ? null : { indent, marker, language: fence_language(info) };
}

/** Whether `line` closes `fence`: the same character, at least as many, then only spaces or tabs. */
export function closes_fence(fence: Fence, line: string): boolean {
	const match = FENCE_LINE.exec(line);
	return match !== null && match[2][0] === fence.marker[0] && match[2].length >= fence.marker.length && match[3].trim() === "";
}
