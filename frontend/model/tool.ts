import type { Message, ToolState } from "./types";

/** What each tool state says, in English; `chatbot.tool_<state>` (dashes as underscores) translates it. */
const STATE_LABELS: Record<ToolState, string> = {
	"input-streaming": "Preparing",
	"awaiting-approval": "Awaiting approval",
	running: "Running",
	done: "Done",
	error: "Error",
	denied: "Denied"
};

/** A tool call's state, or null for any other message (and for tool calls of histories without states). */
export function tool_state(message: Message): ToolState | null {
	const state = message.metadata?.tool_state;
	return state && Object.hasOwn(STATE_LABELS, state) ? state : null;
}

/** The state in words: its i18n key and the English fallback. */
export function tool_state_label(state: ToolState): { key: string; fallback: string } {
	return { key: `chatbot.tool_${state.replace("-", "_")}`, fallback: STATE_LABELS[state] };
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
