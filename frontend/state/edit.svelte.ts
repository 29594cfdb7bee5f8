import type { MessageGroup } from "../model/types";
import { can_edit, editable_text } from "../model/events";

export interface MessageEdit {
	index: number;
	value: string;
	previous_value: string;
}

/** The group's messages `editable` lets a person change, by history index, with their text. */
export function editable_messages(group: MessageGroup, editable: "user" | "all" | null): Map<number, string> {
	const texts = new Map<number, string>();
	for (const node of group.nodes) {
		const text = editable_text(node.message);
		if (text !== null && can_edit(editable, node.message.role)) texts.set(node.index, text);
	}
	return texts;
}

/** The drafts that differ from the text they started from. */
export function changed_messages(original: Map<number, string>, drafts: Record<number, string>): MessageEdit[] {
	return [...original]
		.filter(([index, text]) => drafts[index] !== text)
		.map(([index, text]) => ({ index, value: drafts[index], previous_value: text }));
}

/** Editing one message group in place: the drafts of its editable messages while it lasts. */
export class GroupEdit {
	drafts = $state<Record<number, string> | null>(null);
	#original = new Map<number, string>();

	get active(): boolean {
		return this.drafts !== null;
	}

	start(group: MessageGroup, editable: "user" | "all" | null): void {
		this.#original = editable_messages(group, editable);
		this.drafts = Object.fromEntries(this.#original);
	}

	/** Ends the edit and returns what changed. */
	finish(): MessageEdit[] {
		const changes = this.drafts ? changed_messages(this.#original, this.drafts) : [];
		this.drafts = null;
		return changes;
	}

	cancel(): void {
		this.drafts = null;
	}
}
