/** How far from the bottom (px) still counts as "at the bottom" for autoscroll. */
export const BOTTOM_SLACK_PX = 48;

export interface ScrollBox {
	scrollTop: number;
	scrollHeight: number;
	clientHeight: number;
}

/** Whether the reader is at (or near) the bottom, so new content should be followed. */
export function is_at_bottom(box: ScrollBox, slack = BOTTOM_SLACK_PX): boolean {
	return box.scrollHeight - box.scrollTop - box.clientHeight <= slack;
}

/**
 * Whether the log follows new content after a scroll: at the bottom it does; away from it, only
 * if the reader did not move it there (wheel, touch, keys, scrollbar): content growing or
 * shrinking under the reader is not a reason to stop.
 */
export function follows_after_scroll(following: boolean, reader_scrolled: boolean, box: ScrollBox): boolean {
	if (is_at_bottom(box)) return true;
	return reader_scrolled ? false : following;
}
