/** Where a key moves the highlight in a menu of `count` items (wrapping), or null for other keys. */
export function menu_index_after(key: string, current: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case "ArrowDown":
			return (current + 1) % count;
		case "ArrowUp":
			return (current - 1 + count) % count;
		case "Home":
			return 0;
		case "End":
			return count - 1;
		default:
			return null;
	}
}
