import type { FileData } from "./types";

/** Where the browser fetches a file: its served URL, or Gradio's file route. A URL that could run a script
 * or leave the app's root (`javascript:`, `//host`, `/\host`) is never used: the file route is, harmlessly. */
export function file_src(file: FileData, root: string): string {
	const url = typeof file.url === "string" ? file.url.replace(/[\t\n\r]/g, "") : ""; // as browsers read it
	if (/^\/(?![/\\])/.test(url)) return join(root, url);
	if (url && ["http:", "https:", "data:"].includes(protocol(url))) return url;
	const path = String(file.path ?? "");
	if (/^https?:\/\//.test(path)) return path;
	return join(root, `/gradio_api/file=${path}`);
}

/** A URL's scheme as a browser reads it (tabs and newlines dropped, case folded); "" if it has none. */
function protocol(url: string): string {
	try {
		return new URL(url).protocol;
	} catch {
		return "";
	}
}

function join(root: string, path: string): string {
	return `${root.replace(/\/$/, "")}${path}`;
}

/** The name to show for a file: its original name, else the last part of its path. */
export function file_name(file: FileData): string {
	if (typeof file.orig_name === "string" && file.orig_name) return file.orig_name;
	const clean = String(file.path ?? "").split(/[?#]/)[0];
	return clean.split(/[\\/]/).pop() || clean;
}

const UNITS = ["B", "KB", "MB", "GB", "TB"];

/** A byte count as people read it: 1.5 MB, 20 KB, 12 B. */
export function format_size(bytes: number | null | undefined): string {
	if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return "";
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 10 ? 0 : 1;
	return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

export type FileKind = "image" | "video" | "audio" | "other";

/** How a file is shown: inline media by its mime type, else a card. */
export function file_kind(file: FileData): FileKind {
	const mime = file.mime_type ?? "";
	for (const kind of ["image", "video", "audio"] as const) {
		if (mime.startsWith(`${kind}/`)) return kind;
	}
	return "other";
}
