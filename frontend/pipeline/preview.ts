import type { Message } from "../model/types";
import { block_text } from "../kinds";

/** A one-line summary of a history, for the examples table. */
export function preview_text(messages: Message[], max_length = 80): string {
	const text = messages
		.map((m) => m.content.map(block_text).join(" "))
		.join(" · ")
		.replace(/\s+/g, " ")
		.trim();
	return text.length > max_length ? `${text.slice(0, max_length - 1)}…` : text;
}
