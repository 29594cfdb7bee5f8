// Build plugins that keep the component from changing anything outside itself.
//
// @gradio/markdown-code bundles its own Prism. Prism's core writes `window.Prism`,
// and its language files register on whatever global `Prism` they find, so a second
// copy on the page takes the global over and Gradio's own gr.Chatbot and gr.Markdown
// lose their highlighting. Here Prism runs in a private scope and every language file
// imports that private instance. The stylesheet markdown-code ships (`table, tr, td,
// th {...}` among others) is confined to the component's root. Svelte's version
// registry (`window.__svelte`), which some prebuilt dependency imports, is left out.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SCOPE_CLASS } from "../scope.js";

const PRIVATE_PRISM = "\0messageschatbot-private-prism";
const NOTHING = "\0messageschatbot-nothing";
const SVELTE_VERSION_REGISTRY = "svelte/internal/disclose-version";
const PRISM_LANGUAGE = /[\\/]node_modules[\\/]prismjs[\\/]components[\\/]prism-[\w-]+(\.min)?\.js$/;
const MARKDOWN_STYLES = /[\\/]@gradio[\\/]markdown-code[\\/](dist[\\/])?prism\.css$/;

/** The source of the Prism bundle markdown-code imports. */
export function prism_source() {
	return readFileSync(createRequire(import.meta.url).resolve("prismjs"), "utf8");
}

/** Prism's bundle run with every global it looks for replaced by a private object. */
export function private_prism_module(prism_source) {
	return [
		// `manual` stops it highlighting the whole page; no `document` or
		// `addEventListener` keeps it from listening to anything.
		"const scope = { Prism: { manual: true, disableWorkerMessageHandler: true } };",
		"(function (window, self, global, globalThis, document, WorkerGlobalScope) {",
		prism_source,
		"})(scope, scope, scope, scope, undefined, undefined);",
		"const Prism = scope.Prism;",
		"export const { languages, highlight, tokenize, hooks, util, plugins } = Prism;",
		"export default Prism;"
	].join("\n");
}

/** A Prism language file made to register on the private instance. */
export function prism_language_module(source) {
	return `import Prism from "prismjs";\n${source}`;
}

/** Every selector of a flat stylesheet (no at-rules) confined to `scope`; a leading
 * `.dark` stays above it, since Gradio's dark mode sets that class on an ancestor. */
export function scope_css(css, scope) {
	const without_comments = css.replace(/\/\*[\s\S]*?\*\//g, "");
	if (without_comments.includes("@")) throw new Error("scope_css handles flat stylesheets only");
	return without_comments.replace(/(\s*)([^{}]+?)\s*\{/g, (_, space, selectors) => {
		const scoped = selectors
			.split(",")
			.map((selector) => selector.trim())
			.map((selector) =>
				selector.startsWith(".dark ") ? `.dark ${scope} ${selector.slice(6)}` : `${scope} ${selector}`
			)
			.join(", ");
		return `${space}${scoped} {`;
	});
}

export const isolation = {
	name: "gradio-messageschatbot-isolation",
	enforce: "pre",
	resolveId(source) {
		if (source === "prismjs") return PRIVATE_PRISM;
		if (source === SVELTE_VERSION_REGISTRY) return NOTHING;
		return null;
	},
	load(id) {
		if (id === NOTHING) return "export {};";
		if (id !== PRIVATE_PRISM) return null;
		return private_prism_module(prism_source());
	},
	transform(code, id) {
		const path = id.split("?")[0];
		if (PRISM_LANGUAGE.test(path)) return prism_language_module(code);
		if (MARKDOWN_STYLES.test(path)) return scope_css(code, `.${SCOPE_CLASS}`);
		return null;
	}
};
