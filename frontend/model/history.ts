import type { Message, MessageGroup, MessageNode, ToolState } from "./types";
import { given_name, same_speaker } from "./speakers";

/** A message with a title in its metadata is a thought (or tool call). */
export function is_thought(message: Message): boolean {
	return Boolean(message.metadata?.title);
}

/**
 * Whether a thought shows open at first: while the model is still thinking; once done it folds
 * away, unless it failed or waits for the person. `unfold` opens it whatever its status.
 */
export function opens_at_first(thought: Message, tool_state: ToolState | null, unfold: boolean): boolean {
	return unfold || thought.metadata?.status !== "done" || tool_state === "error" || tool_state === "awaiting-approval";
}

/**
 * How many thoughts can nest inside one another. Each level is one more recursive
 * component and one more indent: a few hundred levels (which any client can send)
 * overflow the browser's stack and blank the whole log, and at eight levels (~17 px
 * each) a phone-width bubble already has only ~70 px left for text.
 */
export const MAX_THOUGHT_DEPTH = 8;

/** Where a message is shown: the list it is in, and how deep that list nests (0 at the top). */
interface Place {
	depth: number;
	siblings: MessageNode[];
}

/**
 * Nest thoughts under the thought whose `id` their `parent_id` names.
 * A parent must come earlier in the list, so no chain of ids can loop; an unknown
 * or later parent leaves the message at the top level. A message that would nest
 * deeper than `MAX_THOUGHT_DEPTH` goes beside its parent instead, at the last level.
 * Nothing is dropped or reordered.
 */
export function nest_thoughts(
	messages: Message[],
	first_index = 0,
	keys: string[] = message_keys(messages)
): MessageNode[] {
	const roots: MessageNode[] = [];
	// Thoughts seen so far, by id, with where they were placed.
	const thoughts = new Map<string, Place & { node: MessageNode }>();
	messages.forEach((message, offset) => {
		const node: MessageNode = {
			message,
			index: first_index + offset,
			key: keys[offset],
			children: []
		};
		const parent_id = message.metadata?.parent_id;
		const parent =
			parent_id === undefined || parent_id === null
				? undefined
				: thoughts.get(String(parent_id));
		const place: Place = !parent
			? { depth: 0, siblings: roots }
			: parent.depth + 1 < MAX_THOUGHT_DEPTH
				? { depth: parent.depth + 1, siblings: parent.node.children }
				: parent;
		place.siblings.push(node);
		const id = message.metadata?.id;
		if (id !== undefined && id !== null && is_thought(message)) {
			thoughts.set(String(id), { node, depth: place.depth, siblings: place.siblings });
		}
	});
	return roots;
}

/**
 * Split a history into the groups the log shows. A run is one role and one speaker
 * (a message naming another speaker starts a new run). Thoughts nest within a run either way; with `group_consecutive` a run is one group, otherwise
 * each top-level message (with its nested thoughts) is a group of its own.
 */
export function group_messages(messages: Message[], group_consecutive: boolean): MessageGroup[] {
	return regroup(messages, group_consecutive, null).groups;
}

/** A history split into groups, with what `regroup` needs to split its next version. */
export interface Grouping {
	messages: Message[];
	group_consecutive: boolean;
	groups: MessageGroup[];
	/** Where each run starts, in order (a run is one group, or several when grouping is off). */
	runs: number[];
}

/**
 * `group_messages`, reusing the groups of `previous` that cannot have changed: those of the runs that
 * end before the first message that is not the same object as before (the run just before it may take
 * it in, so it is split again). While a reply streams, only its own group is new: the log re-renders
 * that group alone. Costs a comparison per message, and the work of the groups split again.
 */
export function regroup(messages: Message[], group_consecutive: boolean, previous: Grouping | null): Grouping {
	let from = 0;
	if (previous && previous.group_consecutive === group_consecutive) {
		const limit = Math.min(previous.messages.length, messages.length);
		let first = 0;
		while (first < limit && previous.messages[first] === messages[first]) first++;
		if (first === messages.length && first === previous.messages.length) return previous;
		if (first > 0) from = last_at_most(previous.runs, first - 1);
	}
	const kept = previous && from > 0 ? previous : null;
	const groups = kept ? kept.groups.slice(0, count_before(kept.groups, from, (group) => group.first_index)) : [];
	const runs = kept ? kept.runs.slice(0, count_before(kept.runs, from, (run) => run)) : [];
	const keys = message_keys(messages, from);
	let start = from;
	let speaker = messages.length > from ? given_name(messages[from]) : null;
	for (let i = from + 1; i <= messages.length; i++) {
		if (i < messages.length && messages[i].role === messages[start].role && same_speaker(speaker, messages[i])) {
			continue;
		}
		if (i < messages.length) speaker = given_name(messages[i]);
		const role = messages[start].role;
		const roots = nest_thoughts(messages.slice(start, i), start, keys.slice(start - from, i - from));
		runs.push(start);
		if (group_consecutive) {
			groups.push({ role, first_index: start, key: keys[start - from], nodes: roots });
		} else {
			for (const root of roots) groups.push({ role, first_index: root.index, key: root.key, nodes: [root] });
		}
		start = i;
	}
	return { messages, group_consecutive, groups, runs };
}

/** The greatest of the ascending `starts` that is at most `index` (0 if none is). */
function last_at_most(starts: number[], index: number): number {
	let low = 0;
	let high = starts.length - 1;
	let found = 0;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (starts[middle] <= index) {
			found = starts[middle];
			low = middle + 1;
		} else high = middle - 1;
	}
	return found;
}

/** How many of the `items`, in ascending order of `start`, start before `index`. */
function count_before<T>(items: T[], index: number, start: (item: T) => number): number {
	let count = items.length;
	while (count > 0 && start(items[count - 1]) >= index) count--;
	return count;
}

/**
 * Who each message is, for the page's own state (a thought opened or folded, a comment being written): its
 * `metadata.id` when it has one, else its place after the last message that has one. A message inserted
 * before others (a tool's result after its call) then leaves the state of those after it where it was,
 * where positions would hand one message's state to the next. Keys are unique (a repeated id is numbered).
 * With `from`, the keys of the messages from there on (those before still count, unnamed).
 */
export function message_keys(messages: Message[], from = 0): string[] {
	const seen = new Map<string, number>();
	let anchor = "";
	let since = 0;
	const keys: string[] = [];
	messages.forEach((message, i) => {
		const id = message.metadata?.id;
		if (id === undefined || id === null) {
			since++;
			if (i >= from) keys.push(`${anchor}+${since}`);
			return;
		}
		const name = `id:${String(id)}`;
		const count = (seen.get(name) ?? 0) + 1;
		seen.set(name, count);
		anchor = count > 1 ? `${name}#${count}` : name;
		since = 0;
		if (i >= from) keys.push(anchor);
	});
	return keys;
}
