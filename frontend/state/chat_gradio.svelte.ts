import { Gradio, type SharedProps } from "@gradio/utils";
import type { ChatbotEvents, ChatbotProps } from "../model/props";
import type { WireMessage } from "../model/types";

/**
 * Gradio's protocol for the chat, with the history kept as Gradio hands it over.
 *
 * Gradio's props are deeply reactive: every streamed update wraps the history in new proxies, so no
 * message keeps its identity from one update to the next (the page would normalize and render every
 * message again), and `get_data`, which Gradio calls at every status change, deep-copies the whole
 * history. Both cost O(history) per token. The value Gradio sets is kept here as it is, unproxied: while
 * `props.value` still holds it (the chat did not change it itself), it is what `history` gives and what
 * `get_data` returns. Gradio's client applies a stream's diffs to that same value in place: an unchanged
 * message stays the same object, a growing one is mutated (normalize_history checks its fields).
 */
export class ChatGradio extends Gradio<ChatbotEvents, ChatbotProps> {
	#given: WireMessage[] | null = null;
	/** What `props.value` held once `#given` was set there: its proxy. */
	#held: unknown = undefined;

	constructor(props: { shared_props: SharedProps; props: ChatbotProps }) {
		super(props);
		this.#keep(props.props.value);
	}

	#keep(value: WireMessage[] | null | undefined): void {
		this.#given = value ?? null;
		this.#held = this.props.value;
	}

	set_data(data: Partial<ChatbotProps & SharedProps>): void {
		super.set_data(data);
		if ("value" in data) this.#keep(data.value);
	}

	/** Whether `props.value` is still the value Gradio set (and not the chat's own edit). */
	#current(): boolean {
		return this.props.value === this.#held;
	}

	/**
	 * The history shown: reactive on `props.value`, unproxied. A new list at each update: Gradio's client
	 * changes the same one in place, which would read as no change.
	 */
	get history(): WireMessage[] {
		const value = this.props.value;
		return (this.#current() ? this.#given?.slice() : $state.snapshot(value)) ?? [];
	}

	async get_data(): Promise<Record<string, unknown>> {
		if (!this.#current()) return super.get_data();
		const { value: _, ...rest } = this.props;
		return { ...$state.snapshot(rest), value: this.#given };
	}
}
