import { tick } from "svelte";
import { follows_after_scroll } from "./scroll";

/**
 * The log follows new content (keeps its bottom in view) until the reader scrolls away from the
 * bottom themselves, and again once they are back. A person editing a message keeps it where it
 * is, whatever streams in meanwhile.
 */
export class LogFollow {
	following = $state(true);
	#reader_scrolled = false;
	#log: () => HTMLElement | undefined;
	#autoscroll: () => boolean;

	constructor(log: () => HTMLElement | undefined, autoscroll: () => boolean) {
		this.#log = log;
		this.#autoscroll = autoscroll;
	}

	/** Wheel, touch, keys or the scrollbar: whatever scrolls next is the reader's doing. */
	reader_input = (): void => {
		this.#reader_scrolled = true;
	};

	scrolled = (): void => {
		const log = this.#log();
		if (log) this.following = follows_after_scroll(this.following, this.#reader_scrolled, log);
		this.#reader_scrolled = false;
	};

	scroll_to_bottom = (): void => {
		const log = this.#log();
		log?.scrollTo({ top: log.scrollHeight });
		this.following = true;
	};

	/** After new content: to the bottom, if following. Reactive on `following` and autoscroll. */
	new_content(): void {
		if (this.#may_follow()) tick().then(this.scroll_to_bottom);
	}

	/** Keeps the bottom in view while the log or its children change size (media that load later,
	 * the log settling to its final height after the first render); returns the cleanup. */
	watch_size(): (() => void) | undefined {
		const log = this.#log();
		if (!log || typeof ResizeObserver === "undefined") return;
		const observer = new ResizeObserver(() => {
			if (this.#may_follow()) log.scrollTo({ top: log.scrollHeight });
		});
		observer.observe(log);
		for (const child of log.children) observer.observe(child);
		const mutations = new MutationObserver(() => {
			for (const child of log.children) observer.observe(child);
		});
		mutations.observe(log, { childList: true });
		return () => {
			observer.disconnect();
			mutations.disconnect();
		};
	}

	#may_follow(): boolean {
		return this.#autoscroll() && this.following && !this.#someone_edits();
	}

	#someone_edits(): boolean {
		return this.#log()?.querySelector("[data-testid=edit-box]") != null;
	}
}
