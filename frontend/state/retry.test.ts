import { expect, test } from "vitest";
import type { WireMessage } from "../model/types";
import { RetriedReplies } from "./retry";

const asked: WireMessage = { role: "user", content: "Tell a joke" };
const first: WireMessage = { role: "assistant", content: "Knock knock" };
const second: WireMessage = { role: "assistant", content: "Why did the chicken" };

test("the new reply keeps the one it replaced as a version, while the event runs", () => {
	const retried = new RetriedReplies();
	retried.sent("retry", [asked, first], 0);
	expect(retried.keep([asked], true)).toBeNull(); // the old reply is gone, the new one not here yet
	const kept = retried.keep([asked, second], true);
	expect(kept?.[1]).toEqual({ ...second, metadata: { versions: [{ content: "Knock knock" }], version: 1 } });
	// Streamed on: the new reply grows, and keeps the old version each time.
	const more = { ...second, content: "Why did the chicken cross" };
	expect(retried.keep([asked, more], true)?.[1].metadata).toEqual({ versions: [{ content: "Knock knock" }], version: 1 });
});

test("it stops once the event has ended after keeping", () => {
	const retried = new RetriedReplies();
	retried.sent("retry", [asked, first], 0);
	retried.keep([asked, second], true);
	expect(retried.keep([asked, second], false)).toBeNull();
	expect(retried.keep([asked, { ...second, content: "later" }], true)).toBeNull();
});

test("nothing is kept when the user's turn changed, after an undo, or without a reply to replace", () => {
	const changed = new RetriedReplies();
	changed.sent("retry", [asked, first], 0);
	expect(changed.keep([{ role: "user", content: "Something else" }, second], true)).toBeNull();

	const undone = new RetriedReplies();
	undone.sent("undo", [asked, first], 0);
	expect(undone.keep([asked, second], true)).toBeNull();

	const unanswered = new RetriedReplies();
	unanswered.sent("retry", [asked], 0);
	expect(unanswered.keep([asked, second], true)).toBeNull();
});
