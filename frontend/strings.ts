/**
 * Every string the chat shows people, by key, in English. Gradio's translator (an app's `gr.I18n`)
 * looks each one up as `chatbot.<key>`; `{name}` stands for a value filled in after translation.
 */
export const STRINGS = {
	chatbot: "Chatbot",
	role_user: "User",
	role_assistant: "Assistant",
	role_system: "System",
	// The log
	show_earlier: "Show earlier messages ({count} more)",
	waiting: "Waiting for a reply",
	scroll_to_latest: "Scroll to the latest message",
	stop: "Stop",
	examples: "Examples",
	example_file: "{count} file",
	example_files: "{count} files",
	suggested_replies: "Suggested replies",
	sources: "Sources",
	edit_message: "Edit message",
	// The toolbar and a message's actions
	conversation_actions: "Conversation actions",
	copy_conversation: "Copy conversation",
	export_conversation: "Export conversation",
	export_json: "JSON (messages format)",
	export_markdown: "Markdown",
	clear: "Clear",
	custom_action: "Custom action",
	message_actions: "Actions for {speaker} message {number}",
	copy_message: "Copy message",
	retry: "Retry",
	undo: "Undo",
	edit: "Edit",
	submit: "Submit",
	cancel: "Cancel",
	versions: "Answer versions",
	previous_version: "Previous version",
	next_version: "Next version",
	// Feedback
	like: "Like",
	dislike: "Dislike",
	more_feedback: "More feedback",
	feedback_comment: "Comment on your feedback",
	feedback_comment_placeholder: "Tell us more (optional)",
	send: "Send",
	// Thoughts and tool calls
	in_progress: "In progress",
	duration: "({seconds}s)",
	tool_input_streaming: "Preparing",
	tool_awaiting_approval: "Awaiting approval",
	tool_running: "Running",
	tool_done: "Done",
	tool_error: "Error",
	tool_denied: "Denied",
	tool_approval: "Approve this tool call?",
	approve: "Approve",
	deny: "Deny",
	cannot_format: "This message could not be formatted; it is shown as plain text.",
	too_long_to_format: "This message is too long to format ({thousands} thousand characters); it is shown as plain text.",
	// Files and media
	file_badge: "FILE",
	download: "Download {name}",
	fullscreen: "Show {name} fullscreen",
	play: "Play {name}",
	pause: "Pause {name}",
	position: "Position in {name}",
	time_of: "{current} of {duration}",
	// Embedded components
	enlarge: "Enlarge {name}",
	gallery_item: "{name} ({number} of {count})",
	gallery_preview: "Gallery preview",
	previous: "Previous",
	next: "Next",
	close: "Close",
	component_empty: "{name}: empty",
	component_unsupported: "{name} cannot be shown here",
	bokeh_unsupported: "Bokeh plots are not shown here: they need BokehJS matching the server's bokeh version.",
	plot_failed: "Could not draw the {type} plot: {error}"
} as const;

export type StringKey = keyof typeof STRINGS;

/** A string by its key, in the page's language, with its `{name}`s filled in from `values`. */
export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/** A Translate over Gradio's `i18n`, which returns the key itself when it has no translation. */
export function translator(i18n: (key: string) => string): Translate {
	return (key, values = {}) => {
		const id = `chatbot.${key}`;
		const translated = i18n(id);
		const text = translated && translated !== id ? translated : STRINGS[key];
		return text.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
	};
}

/** The strings as a page without translations shows them. */
export const ENGLISH: Translate = translator((key) => key);
