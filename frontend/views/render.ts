/** Settings from the component's constructor that every message renderer needs. */
export interface RenderOptions {
	root: string;
	latex_delimiters: { left: string; right: string; display: boolean }[];
	sanitize_html: boolean;
	render_markdown: boolean;
	line_breaks: boolean;
	allow_tags: string[] | boolean;
	rtl: boolean;
	allow_file_downloads: boolean;
	theme_mode: "light" | "dark" | "system";
}
