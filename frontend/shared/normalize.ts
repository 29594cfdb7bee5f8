import type { ContentBlock, FileData, Message, Metadata, Option, Role } from "./types";

/** A content item as the backend sends it: the messages format's own shapes. */
export type WireItem = string | FileData | ContentBlock;

/** A message as the backend sends it: `content` is one item or a list. */
export interface WireMessage {
	role: Role;
	content: WireItem | WireItem[];
	metadata?: Metadata | null;
	options?: Option[] | null;
}

function is_block(item: object): item is ContentBlock {
	return "type" in item && ["text", "file", "component"].includes((item as ContentBlock).type);
}

/** One wire item as a typed block: text, file (with alt text) or component. */
export function normalize_item(item: WireItem): ContentBlock {
	if (typeof item === "string") return { type: "text", text: item };
	if (is_block(item)) return item;
	return { type: "file", file: item, alt_text: null };
}

/** A wire message with its content as a list of typed blocks, which the renderers expect. */
export function normalize_message(message: WireMessage): Message {
	const items = Array.isArray(message.content) ? message.content : [message.content];
	return {
		role: message.role,
		content: items.map(normalize_item),
		metadata: message.metadata ?? null,
		options: message.options ?? null
	};
}

/**
 * Normalize a whole history, reusing the result for messages whose wire object
 * is unchanged, so a streamed token re-renders only the message that grew.
 */
export function normalize_history(
	messages: WireMessage[] | null | undefined,
	previous: Map<WireMessage, Message> = new Map()
): { history: Message[]; cache: Map<WireMessage, Message> } {
	const cache = new Map<WireMessage, Message>();
	const history = (messages ?? []).map((wire) => {
		const message = previous.get(wire) ?? normalize_message(wire);
		cache.set(wire, message);
		return message;
	});
	return { history, cache };
}
