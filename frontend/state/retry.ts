import type { WireMessage } from "../model/types";
import { keep_replaced } from "../model/versions";

/**
 * A retried reply is kept as an earlier version of the reply that replaces it, until the new reply
 * has arrived and the events writing to the chat have ended, or the user's turn before it is gone.
 */
export class RetriedReplies {
	#retried: { index: number; reply: WireMessage; turn: string; kept: boolean } | null = null;

	/** A retry (or undo, which keeps nothing) of the user's turn at `turn_index` is sent. */
	sent(event: "retry" | "undo", history: WireMessage[], turn_index: number): void {
		const reply = history[turn_index + 1];
		this.#retried =
			event === "retry" && reply
				? { index: turn_index + 1, reply, turn: JSON.stringify(history[turn_index].content), kept: false }
				: null;
	}

	/** The history with the replaced reply kept in the new one, or null while there is nothing to change. */
	keep(history: WireMessage[], running: boolean): WireMessage[] | null {
		const retried = this.#retried;
		if (!retried) return null;
		const { index, reply } = retried;
		if (JSON.stringify(history[index - 1]?.content) !== retried.turn || (retried.kept && !running)) {
			this.#retried = null;
			return null;
		}
		const kept = keep_replaced(reply, history[index]);
		if (!kept) return null;
		retried.kept = true;
		return history.map((message, i) => (i === index ? kept : message));
	}
}
