import type { Message, MessageGroup } from "./types";
import type { WireMessage } from "./types";

/** Event payloads, shaped as gr.Chatbot sends them so Python's event data classes read them. */

export interface LikeData {
	index: number;
	/** The rated contents; with a comment, those contents and the comment. */
	value: WireMessage["content"][] | { content: WireMessage["content"][]; comment: string };
	liked: boolean | string;
}

export interface IndexedValue {
	index: number;
	value: unknown;
}

export interface EditData {
	index: number;
	value: string;
	previous_value: string;
}

/** The feedback options shown as thumbs: what a `like` event says for each, and its label. */
export const THUMBS = {
	Like: { liked: true, label: "like" },
	Dislike: { liked: false, label: "dislike" }
} as const;

export function is_thumb(option: string | null): option is keyof typeof THUMBS {
	return option !== null && Object.hasOwn(THUMBS, option);
}

/** Thumbs are true/false; any other option is sent as its text; feedback taken back is "" (as gr.Chatbot sends it). */
export function feedback_value(option: string | null): boolean | string {
	if (option === null) return "";
	return is_thumb(option) ? THUMBS[option].liked : option;
}

/** Choosing the feedback already given takes it back; any other choice replaces it. */
export function next_feedback(current: string | null, chosen: string): string | null {
	return current === chosen ? null : chosen;
}

/** Feedback on a group is about its first message and carries every message's content,
 * and the comment written about it, if any. */
export function like_data(
	group: MessageGroup,
	wire: WireMessage[],
	option: string | null,
	comment: string | null = null
): LikeData {
	const indices = group.nodes.flatMap(function flatten(node): number[] {
		return [node.index, ...node.children.flatMap(flatten)];
	});
	const content = indices.sort((a, b) => a - b).map((i) => wire[i].content);
	return {
		index: group.first_index,
		value: comment === null ? content : { content, comment },
		liked: feedback_value(option)
	};
}

/** Retry and undo act on the user's last turn: the last message before trailing replies. */
export function last_user_turn(wire: WireMessage[]): IndexedValue | null {
	let index = wire.length - 1;
	while (index >= 0 && wire[index].role === "assistant") index--;
	if (index < 0) return null;
	return { index, value: wire[index].content };
}

/** Only messages made of text can be edited in place. */
export function editable_text(message: Message): string | null {
	if (message.content.length !== 1 || message.content[0].type !== "text") return null;
	return message.content[0].text;
}

/** Whether `editable` lets a person edit a message of this role. */
export function can_edit(editable: "user" | "all" | null, role: Message["role"]): boolean {
	return editable === "all" || (editable === "user" && role === "user");
}

/** The quick replies to show: the options of the last message, if the assistant sent it. */
export function last_options(history: Message[]): NonNullable<Message["options"]> {
	const last = history[history.length - 1];
	return last?.role === "assistant" && last.options ? last.options : [];
}

/** Feedback already given: `feedback_value` has one entry per assistant group, in order. */
export function initial_feedback(
	groups: MessageGroup[],
	feedback: (string | null)[] | null
): Map<number, string | null> {
	const result = new Map<number, string | null>();
	let position = 0;
	for (const group of groups) {
		if (group.role !== "assistant") continue;
		const given = feedback?.[position++];
		if (given) result.set(group.first_index, given);
	}
	return result;
}
