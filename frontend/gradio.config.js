// Build settings read by `gradio cc build` and `gradio cc dev`.
//
// `dev_page_fixes` makes `gradio cc dev` work with Gradio 6.31 and
// @gradio/preview 0.16.2 (the newest published): the dev server serves
// Gradio's index.html, a Jinja template, without rendering it, and preview's
// switch into custom-component mode looks for "_NORMAL_" in double quotes while
// Gradio's bundle now writes it with backticks.

import { isolation } from "./bundling/isolation.js";

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

// Library builds inline every asset, so KaTeX's fonts end up base64 in style.css,
// which the page loads up front. Every browser Gradio supports reads woff2: keep
// only that (1.4 MB of fonts -> ~0.3 MB).
const katex_woff2_only = {
	name: "gradio-messageschatbot-katex-woff2-only",
	enforce: "pre",
	transform(code, id) {
		if (!/katex.*\.css/.test(id)) return undefined;
		return code
			.replace(/,\s*url\([^)]*\.woff\)\s*format\("woff"\)/g, "")
			.replace(/,\s*url\([^)]*\.ttf\)\s*format\("truetype"\)/g, "");
	}
};

export default {
	plugins: [dev_page_fixes, katex_woff2_only, isolation],
	svelte: {
		preprocess: []
	},
	build: {
		target: "modules"
	}
};
