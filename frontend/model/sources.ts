import type { Source } from "./types";
import type { Translate } from "../strings";

const LINK_PROTOCOLS = ["http:", "https:", "mailto:"];

/**
 * `url` if it may become a link (absolute http, https or mailto), else null: the server
 * checks the same, this keeps a page safe from a value that slipped past it.
 */
export function safe_link(url: string | null | undefined): string | null {
	// Browsers drop tabs and newlines inside a URL: "java\tscript:" would run.
	if (!url || /[\u0000-\u0020\u007f]/.test(url)) return null;
	try {
		const parsed = new URL(url);
		if (!LINK_PROTOCOLS.includes(parsed.protocol)) return null;
		return parsed.protocol === "mailto:" || parsed.host ? url : null;
	} catch {
		return null;
	}
}

/** What a source chip says: its title, else its host or file name. */
export function source_label(source: Source): string {
	if (source.title) return source.title;
	const link = safe_link(source.url);
	if (link) {
		const parsed = new URL(link);
		return parsed.protocol === "mailto:" ? parsed.pathname : parsed.host.replace(/^www\./, "");
	}
	return source.file?.orig_name || source.file?.path.split(/[\\/]/).pop() || source.url || "";
}

/** The element id of source `n` (from 1) of a message: `prefix` makes it unique on the page. */
export function source_id(prefix: string, n: number): string {
	return `${prefix}-source-${n}`;
}

let next_prefix = 0;

/** An id prefix no other message on the page shares (two chats on a page both have a message 3). */
export function unique_prefix(): string {
	return `messageschatbot-${next_prefix++}`;
}

// Code (fenced or inline) is left as written; elsewhere "[n]" becomes a link to source n unless it is
// a link, a link definition, escaped or an image (`[n](`, `[n]:`, `\[n]`, `![n]`); "[1][2]" is two markers.
const CODE_OR_MARKER = /(`{3,}|~{3,})[\s\S]*?(?:\1|$)|(`+)[\s\S]*?\2|(?<![\\!])\[(\d{1,4})\](?![(:])/g;

/**
 * `text` with each citation marker `[n]` of an existing source turned into a markdown link to
 * its chip (`#id`); a marker without a source stays as written.
 */
export function cite_markdown(text: string, count: number, prefix: string): string {
	if (count === 0) return text;
	return text.replace(CODE_OR_MARKER, (match: string, _fence, _ticks, number: string | undefined) => {
		if (number === undefined) return match;
		const n = Number(number);
		// Balanced brackets in the link text, not escaped ones: an escaped "\[" opens display math.
		return n >= 1 && n <= count ? `[[${n}]](#${source_id(prefix, n)})` : match;
	});
}

/** The source number an in-page link points to, if it is one of `prefix`'s markers. */
export function cited_number(href: string | null, prefix: string): number | null {
	const match = href?.match(/#(.+)-source-(\d+)$/);
	return match && match[1] === prefix ? Number(match[2]) : null;
}

/** A message's sources as a numbered Markdown list, for the transcript ("" when it has none). */
export function sources_markdown(sources: Source[] | null | undefined, translate: Translate): string {
	if (!sources?.length) return "";
	const lines = sources.map((source, i) => {
		const label = source_label(source).replace(/[[\]\\]/g, "\\$&");
		const link = safe_link(source.url);
		const snippet = source.snippet ? ` — ${source.snippet.replace(/\s+/g, " ")}` : "";
		return `${i + 1}. ${link ? `[${label}](<${link.replace(/[<>]/g, encodeURIComponent)}>)` : label}${snippet}`;
	});
	return `${translate("sources")}:\n\n${lines.join("\n")}`;
}
