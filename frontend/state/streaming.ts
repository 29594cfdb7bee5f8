import { getContext, setContext } from "svelte";

/** Gradio's status while a generator's yields arrive (before the first one it is "pending"). */
export function is_streaming(status: string | undefined): boolean {
	return status === "generating" || status === "streaming";
}

/** The message still being written: the last one, if it is the assistant's and its event streams. */
export function growing_index(status: string | undefined, messages: readonly { role: string }[]): number | null {
	const last = messages.length - 1;
	return is_streaming(status) && messages[last]?.role === "assistant" ? last : null;
}

export interface StreamingContext {
	readonly growing: number | null;
}

const KEY = Symbol("messages-chatbot-streaming");

export function set_streaming_context(context: StreamingContext): void {
	setContext(KEY, context);
}

export function get_streaming_context(): StreamingContext {
	return getContext<StreamingContext>(KEY);
}
