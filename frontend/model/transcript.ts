import type { ContentBlock, Message } from "./types";
import type { WireMessage } from "./normalize";
import { file_name } from "./files";
import { tool_state, tool_state_label } from "./tool";
import { sources_markdown } from "./sources";

/** A content block as plain text: what a person pastes after copying it. */
export function block_text(block: ContentBlock): string {
	if (block.type === "text") return block.text;
	if (block.type === "file") return `[${file_name(block.file)}]`;
	return `[${block.component}]`;
}

/** A message as plain text, with the watermark (if any) after a blank line. */
export function message_text(message: Message, watermark: string | null = null): string {
	const text = message.content.map(block_text).join("\n\n");
	return watermark ? `${text}\n\n${watermark}` : text;
}

const ROLE_TITLES = { user: "User", assistant: "Assistant", system: "System" } as const;

/** Who speaks in a message, as a heading or a screen reader names them. */
export function speaker_name(role: Message["role"]): string {
	return ROLE_TITLES[role];
}

/** A message's heading in the transcript: its speaker's name (and role), and when it was said. */
function speaker_heading(message: Message): string {
	const name = message.metadata?.name?.trim();
	const who = name ? `${name} (${ROLE_TITLES[message.role]})` : ROLE_TITLES[message.role];
	const when = message.metadata?.timestamp;
	return when ? `${who} · ${when}` : who;
}

/** The conversation as Markdown: a heading per message, thoughts quoted. */
export function conversation_markdown(history: Message[], watermark: string | null = null): string {
	const parts = history.map((message) => {
		const state = tool_state(message);
		const title = message.metadata?.title + (state ? ` (${tool_state_label(state).fallback})` : "");
		const body = message_text(message);
		if (message.metadata?.title) {
			const quoted = body.split("\n").map((line) => `> ${line}`).join("\n");
			return `### ${ROLE_TITLES[message.role]} — ${title}\n\n${quoted}`;
		}
		const sources = sources_markdown(message.metadata?.sources);
		return `### ${speaker_heading(message)}\n\n${body}${sources ? `\n\n${sources}` : ""}`;
	});
	if (watermark) parts.push(watermark);
	return parts.join("\n\n") + "\n";
}

/** The conversation in the messages format, as the backend sent it. */
export function conversation_json(history: WireMessage[]): string {
	return JSON.stringify(history, null, 2) + "\n";
}
