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
