import { describe, expect, it } from "vitest";
import { LatestPerFrame } from "./frames";

/** A coalescer whose frames the test runs by hand; what it delivered, in order. */
function setup(): { frames: LatestPerFrame<number>; delivered: number[]; paint: () => void; scheduled: () => number } {
	const delivered: number[] = [];
	let callbacks: (() => void)[] = [];
	const frames = new LatestPerFrame<number>(
		(value) => delivered.push(value),
		(callback) => callbacks.push(callback)
	);
	const paint = (): void => {
		const due = callbacks;
		callbacks = [];
		for (const callback of due) callback();
	};
	return { frames, delivered, paint, scheduled: () => callbacks.length };
}

describe("LatestPerFrame", () => {
	it("delivers a lone value at once", () => {
		const { frames, delivered } = setup();
		frames.push(1);
		expect(delivered).toEqual([1]);
	});

	it("coalesces the values of one frame into the latest, delivered in the next frame", () => {
		const { frames, delivered, paint } = setup();
		for (let token = 1; token <= 50; token++) frames.push(token);
		expect(delivered).toEqual([1]);
		paint();
		expect(delivered).toEqual([1, 50]);
		paint();
		expect(delivered).toEqual([1, 50]);
	});

	it("always delivers the last value, one per frame, never a stale one after a newer", () => {
		const { frames, delivered, paint } = setup();
		frames.push(1);
		frames.push(2);
		paint();
		frames.push(3);
		frames.push(4);
		frames.push(5);
		paint();
		paint();
		frames.push(6);
		expect(delivered).toEqual([1, 2, 5, 6]);
	});

	it("asks for no frame once idle", () => {
		const { frames, paint, scheduled } = setup();
		frames.push(1);
		expect(scheduled()).toBe(1);
		paint();
		expect(scheduled()).toBe(0);
	});
});
