import type { FileData } from "./types";
import type { WireMessage } from "./normalize";

/** What the backend sends as props: the constructor arguments of MessagesChatbot. */
export interface ChatbotProps {
	value: WireMessage[] | null;
	type: "messages" | "normalized";
	height: number | string | undefined;
	min_height: number | string | undefined;
	max_height: number | string | undefined;
	resizable: boolean;
	autoscroll: boolean;
	latex_delimiters: { left: string; right: string; display: boolean }[] | null;
	sanitize_html: boolean;
	render_markdown: boolean;
	line_breaks: boolean;
	allow_tags: string[] | boolean;
	rtl: boolean;
	layout: "bubble" | "panel" | null;
	placeholder: string | null;
	avatar_images: [FileData | null, FileData | null] | null;
	group_consecutive_messages: boolean;
	allow_file_downloads: boolean;
}

/** Events the component dispatches, with their data. */
export interface ChatbotEvents {
	change: WireMessage[];
	clear_status: unknown;
}

export const DEFAULT_LATEX_DELIMITERS = [
	{ left: "$$", right: "$$", display: true }
];
