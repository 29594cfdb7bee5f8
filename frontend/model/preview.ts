import type { ContentBlock, Message } from "./types";
import { file_name } from "./files";

function block_preview(block: ContentBlock): string {
	if (block.type === "text") return block.text;
	if (block.type === "file") return `[${file_name(block.file)}]`;
	return `[${block.component}]`;
}

/** A one-line summary of a history, for the examples table. */
export function preview_text(messages: Message[], max_length = 80): string {
	const text = messages
		.map((m) => m.content.map(block_preview).join(" "))
		.join(" · ")
		.replace(/\s+/g, " ")
		.trim();
	return text.length > max_length ? `${text.slice(0, max_length - 1)}…` : text;
}
