import type { Message, MessageGroup, MessageNode } from "./types";

/** A message with a title in its metadata is a thought (or tool call). */
export function is_thought(message: Message): boolean {
	return Boolean(message.metadata?.title);
}

/**
 * Nest thoughts under the thought whose `id` their `parent_id` names.
 * A parent must come earlier in the list; an unknown parent leaves the message
 * at the top level, so nothing is dropped or reordered.
 */
export function nest_thoughts(
	messages: Message[],
	first_index = 0
): MessageNode[] {
	const roots: MessageNode[] = [];
	const by_id = new Map<string, MessageNode>();
	messages.forEach((message, offset) => {
		const node: MessageNode = {
			message,
			index: first_index + offset,
			children: []
		};
		const parent_id = message.metadata?.parent_id;
		const parent =
			parent_id === undefined || parent_id === null
				? undefined
				: by_id.get(String(parent_id));
		(parent ? parent.children : roots).push(node);
		const id = message.metadata?.id;
		if (id !== undefined && id !== null && is_thought(message)) {
			by_id.set(String(id), node);
		}
	});
	return roots;
}

/**
 * Split a history into the groups the log shows. Thoughts nest within a run of
 * one role either way; with `group_consecutive` a run is one group, otherwise
 * each top-level message (with its nested thoughts) is a group of its own.
 */
export function group_messages(messages: Message[], group_consecutive: boolean): MessageGroup[] {
	const groups: MessageGroup[] = [];
	let start = 0;
	for (let i = 1; i <= messages.length; i++) {
		if (i < messages.length && messages[i].role === messages[start].role) continue;
		const role = messages[start].role;
		const roots = nest_thoughts(messages.slice(start, i), start);
		if (group_consecutive) {
			groups.push({ role, first_index: start, nodes: roots });
		} else {
			for (const root of roots) groups.push({ role, first_index: root.index, nodes: [root] });
		}
		start = i;
	}
	return groups;
}
