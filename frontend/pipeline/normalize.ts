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
 * A copy of a wire message's structure: its objects and arrays copied, its strings and numbers shared.
 * Gradio applies a stream's diffs to the previous value in place, at any depth (a block's text, a tool's
 * status), so a cached message is reused only while its wire object still matches this copy. Strings
 * are shared, not copied, so comparing an unchanged text is one pointer comparison, whatever its length.
 */
function copy_structure(value: unknown): unknown {
	if (typeof value !== "object" || value === null) return value;
	if (Array.isArray(value)) return value.map(copy_structure);
	const copy: Record<string, unknown> = {};
	for (const key in value) copy[key] = copy_structure((value as Record<string, unknown>)[key]);
	return copy;
}

/** Whether `live` still holds what `copy` (a `copy_structure` of it) held. Allocates nothing. */
export function same_structure(copy: unknown, live: unknown): boolean {
	if (copy === live) return true;
	if (typeof copy !== "object" || typeof live !== "object" || copy === null || live === null) return false;
	if (Array.isArray(copy) !== Array.isArray(live)) return false;
	if (Array.isArray(copy)) {
		const items = live as unknown[];
		if (copy.length !== items.length) return false;
		for (let i = 0; i < copy.length; i++) if (!same_structure(copy[i], items[i])) return false;
		return true;
	}
	const was = copy as Record<string, unknown>;
	const now = live as Record<string, unknown>;
	for (const key in now) if (!(key in was) || !same_structure(was[key], now[key])) return false;
	return key_count(was) === key_count(now);
}

function key_count(object: object): number {
	let count = 0;
	for (const _key in object) count++;
	return count;
}

export interface CachedMessage {
	copy: unknown;
	message: Message;
}

/**
 * Normalize a whole history, reusing the result for messages that did not
 * change, so a streamed token re-renders only the message that grew. A message
 * is found by its wire object, else by its place (a history handed over as a
 * copy); per unchanged message this costs a walk of its structure, without allocating.
 */
export function normalize_history(
	messages: WireMessage[] | null | undefined,
	previous: Map<WireMessage, CachedMessage> = new Map()
): { history: Message[]; cache: Map<WireMessage, CachedMessage> } {
	const cache = new Map<WireMessage, CachedMessage>();
	// The previous messages in order, for a history that arrives as new objects (a copy): taken when needed.
	let earlier: CachedMessage[] | null = null;
	const history = (messages ?? []).map((wire, i) => {
		let cached = previous.get(wire);
		if (!cached && previous.size) cached = (earlier ??= [...previous.values()])[i];
		if (cached && same_structure(cached.copy, wire)) {
			cache.set(wire, cached);
			return cached.message;
		}
		// Normalized from the copy, which nothing mutates: the message shown shares no object with the wire.
		const copy = copy_structure(wire) as WireMessage;
		const entry = { copy, message: normalize_message(copy) };
		cache.set(wire, entry);
		return entry.message;
	});
	return { history, cache };
}
