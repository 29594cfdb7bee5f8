// KaTeX's stylesheet as the component loads it with the first math (views/katex.ts):
// confined to the component's root, with fonts of its own name so that a KaTeX the page
// loads itself is untouched either way. A library build inlines the fonts; every browser
// Gradio supports reads woff2, so the woff and ttf copies are dropped (1.4 MB -> 0.3 MB).

import { SCOPE_CLASS } from "../scope.js";
import { package_file, scope_css } from "./isolation.js";

const KATEX_STYLES = /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/;

/** KaTeX's own stylesheet. */
export function katex_source() {
	return package_file("katex/dist/katex.min.css");
}

/** KaTeX's stylesheet with woff2 fonts only, renamed, and every rule under `scope`. */
export function private_katex_css(css, scope) {
	const woff2_only = css
		.replace(/,\s*url\([^)]*\.woff\)\s*format\("woff"\)/g, "")
		.replace(/,\s*url\([^)]*\.ttf\)\s*format\("truetype"\)/g, "");
	// Font names, not the file names in url(fonts/KaTeX_...).
	const renamed = woff2_only.replace(/(?<![\w/.-])KaTeX_/g, "MessagesChatbot_KaTeX_");
	return scope_css(renamed, scope);
}

export const katex_styles = {
	name: "gradio-messageschatbot-katex-styles",
	enforce: "pre",
	transform(code, id) {
		if (!KATEX_STYLES.test(id.split("?")[0])) return null;
		return private_katex_css(code, `.${SCOPE_CLASS}`);
	}
};
