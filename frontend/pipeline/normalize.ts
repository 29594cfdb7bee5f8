import type { Message, WireMessage } from "../model/types";
import { normalize_item } from "../kinds";

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
 * A shallow copy of what a wire message holds. Gradio applies streamed diffs to
 * the previous value in place, so a cached message is only reused while its
 * wire object still holds the same content, items, metadata and options.
 */
interface WireSnapshot {
	content: WireMessage["content"];
	items: unknown[];
	metadata: unknown[];
	options: unknown[];
}

function take_snapshot(wire: WireMessage): WireSnapshot {
	return {
		content: wire.content,
		items: Array.isArray(wire.content) ? [...wire.content] : [],
		metadata: wire.metadata ? Object.entries(wire.metadata).flat() : [],
		options: wire.options ? wire.options.flatMap((o) => [o, o.value, o.label]) : []
	};
}

function same_items(a: unknown[], b: unknown[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

function unchanged(snapshot: WireSnapshot, wire: WireMessage): boolean {
	const now = take_snapshot(wire);
	return (
		snapshot.content === now.content &&
		same_items(snapshot.items, now.items) &&
		same_items(snapshot.metadata, now.metadata) &&
		same_items(snapshot.options, now.options)
	);
}

export interface CachedMessage {
	snapshot: WireSnapshot;
	message: Message;
}

/**
 * Normalize a whole history, reusing the result for messages that did not
 * change, so a streamed token re-renders only the message that grew.
 */
export function normalize_history(
	messages: WireMessage[] | null | undefined,
	previous: Map<WireMessage, CachedMessage> = new Map()
): { history: Message[]; cache: Map<WireMessage, CachedMessage> } {
	const cache = new Map<WireMessage, CachedMessage>();
	const history = (messages ?? []).map((wire) => {
		const cached = previous.get(wire);
		const entry =
			cached && unchanged(cached.snapshot, wire)
				? cached
				: { snapshot: take_snapshot(wire), message: normalize_message(wire) };
		cache.set(wire, entry);
		return entry.message;
	});
	return { history, cache };
}
