/**
 * Code highlighting, loaded on demand: Prism's core with the first code block of a language it
 * knows, each further grammar with the first block in that language. Until then code shows
 * unhighlighted, so that loading never holds a message back. The build makes "prismjs" a private
 * instance (bundling/isolation.js), so nothing here touches the page's own Prism.
 */
import type PrismType from "prismjs";

type Load = () => Promise<unknown>;

/** Grammars beyond those in Prism's core (markup, css, clike, javascript), with what they extend. */
const GRAMMARS: Record<string, { load: Load; requires?: string[] }> = {
	bash: { load: () => import("prismjs/components/prism-bash") },
	c: { load: () => import("prismjs/components/prism-c") },
	cpp: { load: () => import("prismjs/components/prism-cpp"), requires: ["c"] },
	csharp: { load: () => import("prismjs/components/prism-csharp") },
	diff: { load: () => import("prismjs/components/prism-diff") },
	go: { load: () => import("prismjs/components/prism-go") },
	java: { load: () => import("prismjs/components/prism-java") },
	json: { load: () => import("prismjs/components/prism-json") },
	latex: { load: () => import("prismjs/components/prism-latex") },
	"markup-templating": { load: () => import("prismjs/components/prism-markup-templating") },
	php: { load: () => import("prismjs/components/prism-php"), requires: ["markup-templating"] },
	python: { load: () => import("prismjs/components/prism-python") },
	rust: { load: () => import("prismjs/components/prism-rust") },
	sql: { load: () => import("prismjs/components/prism-sql") },
	typescript: { load: () => import("prismjs/components/prism-typescript") },
	yaml: { load: () => import("prismjs/components/prism-yaml") }
};
const CORE = new Set(["markup", "html", "xml", "svg", "mathml", "css", "clike", "javascript", "js"]);
const ALIASES: Record<string, string> = {
	py: "python",
	sh: "bash",
	shell: "bash",
	zsh: "bash",
	"c++": "cpp",
	cs: "csharp",
	golang: "go",
	rs: "rust",
	ts: "typescript",
	tex: "latex",
	yml: "yaml"
};

/** The grammar a fence's language names, or null when Prism is not to be loaded for it. */
export function grammar_name(language: string): string | null {
	const name = ALIASES[language.toLowerCase()] ?? language.toLowerCase();
	return name in GRAMMARS || CORE.has(name) ? name : null;
}

let prism: typeof PrismType | null = null;
let core: Promise<unknown> | null = null;
const grammars = new Map<string, Promise<unknown>>();
const loaded = new Set<string>();

function load_grammar(name: string): Promise<unknown> {
	let loading = grammars.get(name);
	if (!loading) {
		const grammar = GRAMMARS[name];
		// A grammar file extends the grammars it requires, and the core, as it runs: those load first.
		core ??= import("prismjs").then((module) => (prism = module.default));
		loading = Promise.all([core, ...(grammar?.requires ?? []).map(load_grammar)])
			.then(grammar?.load)
			.then(() => loaded.add(name));
		grammars.set(name, loading);
	}
	return loading;
}

/** `code` as highlighted HTML, or null when its language is not highlighted or not loaded yet. */
export function highlight(code: string, language: string): string | null {
	const name = grammar_name(language);
	const grammar = name !== null && loaded.has(name) ? prism?.languages[name] : undefined;
	return grammar ? (prism as typeof PrismType).highlight(code, grammar, name as string) : null;
}

/** Loads what highlighting `language` needs; null when there is nothing to load. */
export function load_highlighting(language: string): Promise<unknown> | null {
	const name = grammar_name(language);
	return name === null || loaded.has(name) ? null : load_grammar(name);
}
