import { tick } from "svelte";
import { PAGE, kept_scroll_top, page_start } from "./paging";

/**
 * Long histories render from the bottom, a page of groups at a time, so showing 10,000 messages
 * costs what showing the last page does; nearing the top of the log shows the page before.
 */
export class LogPaging<T> {
	#items: () => T[];
	#log: () => HTMLElement | undefined;
	#rendered = $state(PAGE);

	constructor(items: () => T[], log: () => HTMLElement | undefined) {
		this.#items = items;
		this.#log = log;
	}

	/** The index of the first item shown. */
	get first_shown(): number {
		return page_start(this.#items().length, this.#rendered);
	}

	get shown(): T[] {
		return this.#items().slice(this.first_shown);
	}

	/** Shows the page before, keeping the reader's view where it was. */
	show_earlier = async (): Promise<void> => {
		const log = this.#log();
		if (!log) return;
		const distance_from_bottom = log.scrollHeight - log.scrollTop;
		this.#rendered += PAGE;
		await tick();
		log.scrollTop = kept_scroll_top(log.scrollHeight, distance_from_bottom);
	};

	/** Shows the page before whenever `sentinel` (at the top of the log) comes near; returns the cleanup. */
	watch(sentinel: HTMLElement | null): (() => void) | undefined {
		const log = this.#log();
		if (!sentinel || !log || typeof IntersectionObserver === "undefined") return;
		const observer = new IntersectionObserver(
			(entries) => entries.some((entry) => entry.isIntersecting) && this.show_earlier(),
			{ root: log, rootMargin: "600px 0px 0px 0px" }
		);
		observer.observe(sentinel);
		return () => observer.disconnect();
	}
}
