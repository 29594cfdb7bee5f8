import { getContext, setContext } from "svelte";
import type { MessageGroup } from "../model/types";
import type { RenderOptions } from "../views/render";
import type { Translate } from "../strings";

/** What every message needs from the chat: settings, the translator and the event handlers. */
export interface ChatContext {
	readonly render: RenderOptions;
	readonly features: ChatFeatures;
	translate: Translate;
	/** `option` null: the feedback given before is taken back. */
	like(group: MessageGroup, option: string | null, comment?: string): void;
	retry(): void;
	undo(): void;
	edit(index: number, value: string, previous_value: string): void;
	copy(text: string): void;
	select(index: number): void;
	approve_tool(id: string | number, approved: boolean): void;
	/** Show another version of the reply at `index`. */
	show_version(index: number, target: number): void;
}

export interface ChatFeatures {
	copy: boolean;
	feedback_options: string[];
	like_user_message: boolean;
	/** Choosing feedback opens a comment box. */
	feedback_comment: boolean;
	likeable: boolean;
	retryable: boolean;
	undoable: boolean;
	editable: "user" | "all" | null;
	selectable: boolean;
	tool_approvable: boolean;
	watermark: string | null;
}

const KEY = Symbol("messages-chatbot");

export function set_chat_context(context: ChatContext): void {
	setContext(KEY, context);
}

export function get_chat_context(): ChatContext {
	return getContext<ChatContext>(KEY);
}
