/** How long a copy button shows its check mark. */
const COPIED_MS = 1500;

/** A copy button's state: writes to the clipboard, then shows it worked for a moment. */
export class Copier {
	copied = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;

	async copy(value: string): Promise<void> {
		await navigator.clipboard?.writeText(value).catch(() => undefined);
		this.copied = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.copied = false), COPIED_MS);
	}
}
