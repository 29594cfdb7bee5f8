/** Runs a callback before the page's next paint: `requestAnimationFrame` in a browser. */
export type NextFrame = (callback: () => void) => void;

/**
 * Values that arrive faster than the page paints, delivered at most once a frame: the first at once
 * (a single update waits for nothing), those that follow in the same frame coalesced into the latest,
 * delivered in the next frame. Nothing is queued: a stale value is never delivered after a newer one,
 * and the last value pushed is always delivered.
 */
export class LatestPerFrame<T> {
	#deliver: (value: T) => void;
	#next_frame: NextFrame;
	/** A value was delivered in this frame: later ones wait for the next. */
	#delivered_this_frame = false;
	#waiting: { value: T } | null = null;

	constructor(deliver: (value: T) => void, next_frame: NextFrame) {
		this.#deliver = deliver;
		this.#next_frame = next_frame;
	}

	push(value: T): void {
		if (this.#delivered_this_frame) {
			this.#waiting = { value };
			return;
		}
		this.#send(value);
	}

	#send(value: T): void {
		this.#delivered_this_frame = true;
		this.#next_frame(this.#frame);
		this.#deliver(value);
	}

	#frame = (): void => {
		this.#delivered_this_frame = false;
		const waiting = this.#waiting;
		this.#waiting = null;
		if (waiting) this.#send(waiting.value);
	};
}
