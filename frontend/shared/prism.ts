/**
 * Code highlighting, loaded on demand: Prism's core with the first code block of a language it
 * knows, each further grammar with the first block in that language. The build makes "prismjs"
 * a private instance (bundling/isolation.js), so nothing here touches the page's own Prism.
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

let core: Promise<typeof PrismType> | null = null;
const grammars = new Map<string, Promise<unknown>>();

function load_grammar(name: string): Promise<unknown> {
	const grammar = GRAMMARS[name];
	if (!grammar) return Promise.resolve();
	let loading = grammars.get(name);
	if (!loading) {
		// A grammar file extends the grammars it requires as it runs, so those load first.
		loading = Promise.all((grammar.requires ?? []).map(load_grammar)).then(grammar.load);
		grammars.set(name, loading);
	}
	return loading;
}

/** `code` as highlighted HTML, or null for a language not highlighted. */
export async function highlight(code: string, language: string): Promise<string | null> {
	const name = grammar_name(language);
	if (name === null) return null;
	core ??= import("prismjs").then((module) => module.default);
	// A grammar file extends the Prism it finds, so it runs after the core.
	const prism = await core;
	await load_grammar(name);
	const grammar = prism.languages[name];
	return grammar ? prism.highlight(code, grammar, name) : null;
}
