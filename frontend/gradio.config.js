// Build settings read by `gradio cc build` and `gradio cc dev`.
//
// `dev_page_fixes` makes `gradio cc dev` work with Gradio 6.31 and
// @gradio/preview 0.16.2 (the newest published): the dev server serves
// Gradio's index.html, a Jinja template, without rendering it, and preview's
// switch into custom-component mode looks for "_NORMAL_" in double quotes while
// Gradio's bundle now writes it with backticks.

import { fileURLToPath } from "node:url";
import { isolation } from "./bundling/isolation.js";
import { katex_styles } from "./bundling/katex.js";
import { minify_chunks } from "./bundling/minify.js";

const TEMPLATE_VALUES = [
	[/\{\{\s*base_url[^}]*\}\}/g, "./"],
	[/\{\{\s*config\.get\('root'[^}]*\}\}/g, '""'],
	[/\{\{\s*(config|gradio_api_info)\s*\|\s*toorjson\s*\}\}/g, "undefined"],
	[/\{\{[^}]*\}\}/g, ""]
];

const dev_page_fixes = {
	name: "gradio-messageschatbot-dev-page-fixes",
	apply: "serve",
	transformIndexHtml(html) {
		return TEMPLATE_VALUES.reduce(
			(page, [pattern, replacement]) => page.replace(pattern, replacement),
			html
		);
	},
	transform(code) {
		return code.includes("`_NORMAL_`")
			? code.replaceAll("`_NORMAL_`", "`_CC_`")
			: undefined;
	}
};

// `make dev PORT=...`: the page on that port. gradio cc dev otherwise takes the first two free
// ports from 7860, the backend's first, and prints the page's.
const dev_port = {
	name: "gradio-messageschatbot-dev-port",
	apply: "serve",
	config() {
		const port = process.env.MESSAGESCHATBOT_DEV_PORT;
		return port ? { server: { port: Number(port), strictPort: true } } : undefined;
	}
};

// MESSAGESCHATBOT_UNMINIFIED=1: chunks keep their whitespace and method names, for reading a profile
// (benchmarks/profile_stream.py) against the built code.
const minify = process.env.MESSAGESCHATBOT_UNMINIFIED ? [] : [minify_chunks];

export default {
	plugins: [dev_page_fixes, dev_port, katex_styles, isolation, ...minify],
	svelte: {
		preprocess: []
	},
	// For `gradio cc dev`. Svelte stays out of pre-bundling, as in Gradio's default, and Prism
	// too, so that its grammars pass through the isolation plugin. Every other dependency, also
	// those only some messages import, is found from our sources as the server starts: found
	// later, it would make the server bundle its dependencies again under a page still importing
	// the old bundle ("Failed to fetch dynamically imported module" in a fresh clone). The dev
	// server's root is not this folder: the scan starts from our entry files, named in full.
	optimizeDeps: {
		exclude: ["svelte", "svelte/*", "prismjs"],
		entries: ["./Index.svelte", "./Example.svelte"].map((entry) => fileURLToPath(new URL(entry, import.meta.url)))
	},
	build: {
		target: "modules"
	}
};
