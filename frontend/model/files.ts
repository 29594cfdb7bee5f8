import type { FileData } from "./types";

/** Where the browser fetches a file: its served URL, or Gradio's file route. */
export function file_src(file: FileData, root: string): string {
	if (file.url) return file.url.startsWith("/") && !file.url.startsWith("//") ? join(root, file.url) : file.url;
	if (/^https?:\/\//.test(file.path)) return file.path;
	return join(root, `/gradio_api/file=${file.path}`);
}

function join(root: string, path: string): string {
	return `${root.replace(/\/$/, "")}${path}`;
}

/** The name to show for a file: its original name, else the last part of its path. */
export function file_name(file: FileData): string {
	if (file.orig_name) return file.orig_name;
	const clean = file.path.split(/[?#]/)[0];
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
