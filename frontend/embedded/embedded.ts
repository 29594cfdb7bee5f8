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

/** A picture or a recording: its file (a video's value may wrap it), titled as media_title says. */
function media(block: ComponentBlock, kind: "image" | "video" | "audio"): EmbeddedView {
	const value = kind === "image" ? block.value : ((block.value as { video?: unknown }).video ?? block.value);
	const file = as_file(value);
	return file ? { kind, file, alt: media_title(block, file) } : { kind: "unsupported", name: block.component };
}

/** What an embedded component's block shows as. */
type Shows = (block: ComponentBlock) => EmbeddedView;

/**
 * Each embedded component the page shows, by its name on the wire, and what its value shows as; the
 * backend's registry (`EMBEDDED` in `_kinds/embedded.py`) lists the same names, in the same order, which
 * `tests/kinds/test_embedded_registry.py` checks. A component missing here would show as unsupported.
 */
const EMBEDDED: Record<string, Shows> = {
	image: (block) => media(block, "image"),
	gallery: (block) => ({ kind: "gallery", items: gallery_items(block.value) }),
	audio: (block) => media(block, "audio"),
	video: (block) => media(block, "video"),
	model3d: (block) => ({ kind: "files", files: files_of(block.value) }),
	file: (block) => ({ kind: "files", files: files_of(block.value) }),
	plot: (block) => ({ kind: "plot", plot: block.value as PlotValue }),
	dataframe: (block) => {
		const table = block.value as { headers?: unknown[]; data?: unknown[][] };
		return { kind: "table", headers: (table.headers ?? []).map(String), rows: table.data ?? [] };
	},
	json: (block) => ({ kind: "json", value: block.value }),
	html: (block) => ({ kind: "html", html: String(block.value) }),
	markdown: (block) => ({ kind: "markdown", text: String(block.value) })
};

/** The view for a component block; unknown components say so rather than vanish. */
export function embedded_view(block: ComponentBlock): EmbeddedView {
	const { component, value } = block;
	const label = (block.props?.label as string | undefined) ?? null;
	if (value === null || value === undefined) return { kind: "empty", name: label || component };
	return Object.hasOwn(EMBEDDED, component) ? EMBEDDED[component](block) : { kind: "unsupported", name: component };
}
