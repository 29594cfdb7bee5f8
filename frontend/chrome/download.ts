/** Save text as a file through the browser's download. */
export function download_text(text: string, filename: string, mime: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: mime }));
	const link = document.createElement("a");
	link.href = url;
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
