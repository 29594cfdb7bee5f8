// Build plugins that keep the component from changing anything outside itself.
//
// The component highlights code with its own Prism. Prism's core writes `window.Prism`,
// and its language files register on whatever global `Prism` they find, so a second
// copy on the page takes the global over and Gradio's own gr.Chatbot and gr.Markdown
// lose their highlighting. Here Prism runs in a private scope and every language file
// imports that private instance. The code stylesheet @gradio/markdown-code ships (`table,
// tr, td, th {...}` among others) is confined to the component's root. Svelte's version
// registry (`window.__svelte`), which some prebuilt dependency imports, is left out.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { SCOPE_CLASS } from "../scope.js";

const PRIVATE_PRISM = "\0messageschatbot-private-prism";
const NOTHING = "\0messageschatbot-nothing";
const SVELTE_VERSION_REGISTRY = "svelte/internal/disclose-version";
const PRISM_LANGUAGE = /[\\/]node_modules[\\/]prismjs[\\/]components[\\/]prism-[\w-]+(\.min)?\.js$/;
const MARKDOWN_STYLES = /[\\/]@gradio[\\/]markdown-code[\\/](dist[\\/])?prism\.css$/;
// Gradio's colours for highlighted code; the package's exports do not list the file.
const CODE_STYLES = "@gradio/markdown-code/prism.css";

const require = createRequire(import.meta.url);

// Globals that libraries loaded with the first diagram would write: `written` is how the
// library writes it, `instead` what it gets in its place.
const PRIVATE_GLOBALS = [
	{
		// fastdom, mermaid's DOM scheduler, keeps its instance on `window.fastdom`.
		file: /[\\/]node_modules[\\/]fastdom[\\/]fastdom\.js$/,
		mention: "win.fastdom",
		written: /\(\s*typeof window !== 'undefined' \? window : typeof this != 'undefined' \? this : globalThis\s*\)\s*;?\s*$/,
		instead: "({ requestAnimationFrame: (callback) => window.requestAnimationFrame(callback) });\n"
	},
	{
		// mermaid's build flags, written to `globalThis.injected` and read nowhere.
		file: /[\\/]node_modules[\\/]mermaid[\\/]dist[\\/].*\.mjs$/,
		mention: "globalThis.injected",
		written: /globalThis\.injected \?\?=/,
		instead: "const injected ="
	}
];

/** `code` with the global it writes made private, or null if it writes none; a library whose
 * code changed so that the global is no longer recognised fails the build rather than leak it. */
export function privatize_globals(code, path) {
	const rule = PRIVATE_GLOBALS.find((candidate) => candidate.file.test(path) && code.includes(candidate.mention));
	if (!rule) return null;
	if (!rule.written.test(code)) throw new Error(`isolation: ${path} writes ${rule.mention} in a way not recognised`);
	return code.replace(rule.written, rule.instead);
}

/** The text of the file a package specifier resolves to. */
export function package_file(specifier) {
	return readFileSync(require.resolve(specifier), "utf8");
}

/** The source of Prism's bundle (its core and the grammars it comes with). */
export function prism_source() {
	return package_file("prismjs");
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

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/** Every selector of a flat stylesheet (no at-rules but @font-face, kept as they are) confined to
 * `scope`; a leading `.dark` stays above it, since Gradio's dark mode sets that class on an ancestor. */
export function scope_css(css, scope) {
	const without_comments = css.replace(/\/\*[\s\S]*?\*\//g, "");
	const font_faces = without_comments.match(FONT_FACE) ?? [];
	const rules = without_comments.replace(FONT_FACE, "");
	if (rules.includes("@")) throw new Error("scope_css handles flat stylesheets only");
	const scoped = rules.replace(/(\s*)([^{}]+?)\s*\{/g, (_, space, selectors) => {
		const scoped_selectors = selectors
			.split(",")
			.map((selector) => selector.trim())
			.map((selector) =>
				selector.startsWith(".dark ") ? `.dark ${scope} ${selector.slice(6)}` : `${scope} ${selector}`
			)
			.join(", ");
		return `${space}${scoped_selectors} {`;
	});
	return [...font_faces, scoped].join("");
}

export const isolation = {
	name: "gradio-messageschatbot-isolation",
	enforce: "pre",
	resolveId(source) {
		if (source === "prismjs") return PRIVATE_PRISM;
		if (source === SVELTE_VERSION_REGISTRY) return NOTHING;
		if (source === CODE_STYLES) return join(dirname(require.resolve("@gradio/markdown-code/package.json")), "prism.css");
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
		return privatize_globals(code, path);
	}
};
