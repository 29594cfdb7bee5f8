import type { FileData } from "../model/types";
import { file_name } from "../model/files";
import type { ComponentBlock } from "../model/types";

/** What an embedded Gradio component shows, decided from its name and value. */
export type EmbeddedView =
	| { kind: "image"; file: FileData; alt: string }
	| { kind: "gallery"; items: GalleryItem[] }
	| { kind: "video" | "audio"; file: FileData; alt: string }
	| { kind: "plot"; plot: PlotValue }
	| { kind: "html"; html: string }
	| { kind: "markdown"; text: string }
	| { kind: "table"; headers: string[]; rows: unknown[][] }
	| { kind: "json"; value: unknown }
	| { kind: "files"; files: FileData[] }
	| { kind: "empty"; name: string }
	| { kind: "unsupported"; name: string };

export interface GalleryItem {
	file: FileData;
	kind: "image" | "video";
	caption: string | null;
}

export interface PlotValue {
	type: "matplotlib" | "plotly" | "altair" | "bokeh";
	plot: string;
}

/** A file dict, or null. Gradio serves an SVG image inline: no path, only a data URL. */
function as_file(value: unknown): FileData | null {
	if (!value || typeof value !== "object") return null;
	const file = value as { path?: unknown; url?: unknown };
	if (typeof file.path === "string") return value as FileData;
	if (typeof file.url === "string") return { ...(value as FileData), path: "" };
	return null;
}

function files_of(value: unknown): FileData[] {
	const list = Array.isArray(value) ? value : [value];
	return list.map(as_file).filter((file): file is FileData => file !== null);
}

function gallery_items(value: unknown): GalleryItem[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((entry) => {
		const image = as_file(entry?.image);
		const video = as_file(entry?.video);
		const file = image ?? video;
		if (!file) return [];
		return [{ file, kind: image ? "image" : "video", caption: entry?.caption ?? null } as GalleryItem];
	});
}

/** What names a picture or a recording: its alt text, its label, else its file's name (never the
 * component's name: every unlabelled gr.Audio would be called "audio"). */
function media_title(block: ComponentBlock, file: FileData): string {
	return (block.props?.alt_text as string | undefined) || (block.props?.label as string | undefined) || file_name(file);
}

/** The view for a component block; unknown components say so rather than vanish. */
export function embedded_view(block: ComponentBlock): EmbeddedView {
	const { component, value } = block;
	const label = (block.props?.label as string | undefined) ?? null;
	if (value === null || value === undefined) return { kind: "empty", name: label || component };
	switch (component) {
		case "image": {
			const file = as_file(value);
			return file ? { kind: "image", file, alt: media_title(block, file) } : { kind: "unsupported", name: component };
		}
		case "video":
		case "audio": {
			const file = as_file((value as { video?: unknown }).video ?? value);
			return file ? { kind: component, file, alt: media_title(block, file) } : { kind: "unsupported", name: component };
		}
		case "gallery":
			return { kind: "gallery", items: gallery_items(value) };
		case "plot":
			return { kind: "plot", plot: value as PlotValue };
		case "html":
			return { kind: "html", html: String(value) };
		case "markdown":
			return { kind: "markdown", text: String(value) };
		case "dataframe": {
			const table = value as { headers?: unknown[]; data?: unknown[][] };
			return { kind: "table", headers: (table.headers ?? []).map(String), rows: table.data ?? [] };
		}
		case "json":
			return { kind: "json", value };
		case "file":
		case "model3d":
			return { kind: "files", files: files_of(value) };
		default:
			return { kind: "unsupported", name: component };
	}
}
