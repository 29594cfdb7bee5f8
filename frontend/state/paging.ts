/** How many message groups the log adds each time the reader nears its top. */
export const PAGE = 40;

/** The first of `total` groups shown when the last `rendered` are. */
export function page_start(total: number, rendered: number): number {
	return Math.max(0, total - rendered);
}

/** The scroll position that keeps what the reader sees in place after content is added above it. */
export function kept_scroll_top(scroll_height: number, distance_from_bottom: number): number {
	return scroll_height - distance_from_bottom;
}
