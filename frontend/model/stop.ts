/** The statuses of a running event: waiting in the queue, or yielding a reply that streams in. */
const RUNNING = new Set(["pending", "generating", "streaming"]);

/** Whether an event writing to the chat waits or streams. */
export function is_running(status: string | null | undefined): boolean {
	return RUNNING.has(status ?? "");
}

/** Whether the chat shows its stop button: a `stop` listener is wired and an event writing to the chat runs. */
export function shows_stop(stoppable: boolean, status: string | null | undefined): boolean {
	return stoppable && is_running(status);
}
