/** The statuses of a running event: waiting in the queue, or yielding a reply that streams in. */
const RUNNING = new Set(["pending", "generating", "streaming"]);

/** Whether the chat shows its stop button: a `stop` listener is wired and an event writing to the chat runs. */
export function shows_stop(stoppable: boolean, status: string | null | undefined): boolean {
	return stoppable && RUNNING.has(status ?? "");
}
