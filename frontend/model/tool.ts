import type { Message, ToolState } from "./types";
import type { ContentBlock } from "./types";
import type { StringKey } from "../strings";

/** What each tool state says: its string's key. */
const STATE_LABELS: Record<ToolState, StringKey> = {
	"input-streaming": "tool_input_streaming",
	"awaiting-approval": "tool_awaiting_approval",
	running: "tool_running",
	done: "tool_done",
	error: "tool_error",
	denied: "tool_denied"
};

/** A tool call's state, or null for any other message (and for tool calls of histories without states). */
export function tool_state(message: Message): ToolState | null {
	const state = message.metadata?.tool_state;
	return state && Object.hasOwn(STATE_LABELS, state) ? state : null;
}

/** The state in words: its string's key. */
export function tool_state_label(state: ToolState): StringKey {
	return STATE_LABELS[state];
}

/** Whether the call is still moving (its arguments arriving, or the tool running): it shows a spinner. */
export function tool_busy(state: ToolState | null): boolean {
	return state === "input-streaming" || state === "running";
}

/** The `tool_approval` event's data: which call, and the decision (the server checks both). */
export interface ToolApproval {
	id: string | number;
	approved: boolean;
}

/** The call a person may approve or deny: one awaiting approval, with an id to name it by. */
export function approvable_call(message: Message): string | number | null {
	const id = message.metadata?.id;
	return tool_state(message) === "awaiting-approval" && id !== undefined && id !== null ? id : null;
}

/**
 * A tool call's arguments as the call shows them: code, not markdown (an e-mail address must not
 * become a link, nor `*.tmp` emphasis), indented when they are complete JSON. Null when the call's
 * content is not one piece of text (it is then shown like any message).
 */
export function shown_arguments(content: ContentBlock[]): string | null {
	const [only] = content;
	if (content.length !== 1 || only.type !== "text") return null;
	try {
		const parsed: unknown = JSON.parse(only.text);
		return typeof parsed === "object" && parsed !== null ? JSON.stringify(parsed, null, 2) : only.text;
	} catch {
		return only.text; // still streaming in, or not JSON: shown as it came
	}
}
