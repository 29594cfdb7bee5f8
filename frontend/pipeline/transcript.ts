import type { Message, MessageGroup, WireMessage } from "../model/types";
import { block_text } from "../kinds";
import { tool_state, tool_state_label } from "../model/tool";
import { sources_markdown } from "../model/sources";
import { speaker_name } from "../model/speakers";
import type { Translate } from "../strings";

/** A message as plain text, with the watermark (if any) after a blank line. */
export function message_text(message: Message, watermark: string | null = null): string {
	return with_watermark(message.content.map(block_text).join("\n\n"), watermark);
}

/** A group's messages as plain text (what its copy button copies), with the watermark (if any). */
export function group_text(group: MessageGroup, watermark: string | null = null): string {
	return with_watermark(group.nodes.map((node) => message_text(node.message)).join("\n\n"), watermark);
}

function with_watermark(text: string, watermark: string | null): string {
	return watermark ? `${text}\n\n${watermark}` : text;
}

/** A message's heading in the transcript: its speaker's name (and role), and when it was said. */
function speaker_heading(message: Message, translate: Translate): string {
	const name = message.metadata?.name?.trim();
	const role = speaker_name(message.role, translate);
	const who = name ? `${name} (${role})` : role;
	const when = message.metadata?.timestamp;
	return when ? `${who} · ${when}` : who;
}

/** The conversation as Markdown: a heading per message, thoughts quoted. */
export function conversation_markdown(history: Message[], translate: Translate, watermark: string | null = null): string {
	const parts = history.map((message) => {
		const state = tool_state(message);
		const title = message.metadata?.title + (state ? ` (${translate(tool_state_label(state))})` : "");
		const body = message_text(message);
		if (message.metadata?.title) {
			const quoted = body.split("\n").map((line) => `> ${line}`).join("\n");
			return `### ${speaker_name(message.role, translate)} — ${title}\n\n${quoted}`;
		}
		const sources = sources_markdown(message.metadata?.sources, translate);
		return `### ${speaker_heading(message, translate)}\n\n${body}${sources ? `\n\n${sources}` : ""}`;
	});
	if (watermark) parts.push(watermark);
	return parts.join("\n\n") + "\n";
}

/** The conversation in the messages format, as the backend sent it. */
export function conversation_json(history: WireMessage[]): string {
	return JSON.stringify(history, null, 2) + "\n";
}
