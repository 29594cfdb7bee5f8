/**
 * `next`, or `previous` when it holds the same (JSON) value. Settings derived from Gradio's props are
 * rebuilt whenever Gradio sets any prop; kept as the same object while their value is the same, they
 * do not make every message render again.
 */
export function same_or_next<T>(previous: T | undefined, next: T): T {
	return previous !== undefined && JSON.stringify(previous) === JSON.stringify(next) ? previous : next;
}
