import type { Example, FileData } from "./types";
import type { WireMessage } from "./types";
import type { EditData, IndexedValue, LikeData } from "./events";
import type { ToolApproval } from "./tool";

/** What the backend sends as props: MessagesChatbot's constructor arguments and event flags. */
export interface ChatbotProps {
	value: WireMessage[] | null;
	type: "messages" | "normalized" | "openai";
	height: number | string | undefined;
	min_height: number | string | undefined;
	max_height: number | string | undefined;
	resizable: boolean;
	autoscroll: boolean;
	latex_delimiters: { left: string; right: string; display: boolean }[] | null;
	sanitize_html: boolean;
	render_markdown: boolean;
	line_breaks: boolean;
	allow_tags: string[] | boolean;
	rtl: boolean;
	layout: "bubble" | "panel" | null;
	placeholder: string | null;
	examples: Example[] | null;
	avatar_images: [FileData | null, FileData | null] | null;
	group_consecutive_messages: boolean;
	allow_file_downloads: boolean;
	buttons: (string | object)[] | null;
	watermark: string | null;
	editable: "user" | "all" | null;
	feedback_options: string[] | null;
	feedback_value: (string | null)[] | null;
	like_user_message: boolean;
	feedback_comment: boolean;
	likeable: boolean;
	_retryable: boolean;
	_undoable: boolean;
	_selectable: boolean;
	_tool_approvable: boolean;
	/** A `stop` listener is wired: the chat shows a stop button while an event writing to it runs. */
	_stoppable: boolean;
}

/** Events the component dispatches, with the data Python's event classes read. */
export interface ChatbotEvents {
	change: never;
	clear_status: unknown;
	like: LikeData;
	retry: IndexedValue;
	undo: IndexedValue;
	edit: EditData;
	copy: { value: string };
	select: IndexedValue;
	option_select: IndexedValue;
	example_select: { index: number; value: Example };
	clear: never;
	tool_approval: ToolApproval;
	stop: never;
	/** A gr.Button given in `buttons` was clicked: Gradio fires that button's own `click` listeners. */
	custom_button_click: { id: number };
	/** The user changed the history shown (picked another version of a reply). */
	input: never;
}

export const DEFAULT_LATEX_DELIMITERS = [
	{ left: "$$", right: "$$", display: true },
	{ left: "$", right: "$", display: false },
	{ left: "\\(", right: "\\)", display: false },
	{ left: "\\[", right: "\\]", display: true }
];

/** Whether `buttons` lists a built-in button ("copy", "copy_all", "share"). */
export function has_button(buttons: (string | object)[] | null | undefined, name: string): boolean {
	return (buttons ?? ["copy", "copy_all"]).includes(name);
}

/** A gr.Button given in `buttons`, as Gradio sends it (the button's config, with the id its events name). */
export interface CustomButton {
	id: number;
	value: string | null;
	icon: FileData | null;
}

/** The gr.Button instances in `buttons`, in order. */
export function custom_buttons(buttons: (string | object)[] | null | undefined): CustomButton[] {
	return (buttons ?? []).filter(
		(button): button is CustomButton =>
			typeof button === "object" && button !== null && typeof (button as { id?: unknown }).id === "number"
	);
}
