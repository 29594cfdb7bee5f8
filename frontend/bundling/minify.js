// Vite leaves whitespace and comments in a library build's ES chunks, for a bundler that
// would read their pure annotations later. Gradio serves these chunks to the browser as
// they are, so they are minified whole here (about a third smaller).

import { transform } from "esbuild";

/** `code`, an ES module, minified: whitespace, comments, identifiers and syntax. */
export async function minify_module(code) {
	return (await transform(code, { minify: true, format: "esm", loader: "js" })).code;
}

export const minify_chunks = {
	name: "gradio-messageschatbot-minify-chunks",
	apply: "build",
	async generateBundle(_, bundle) {
		for (const chunk of Object.values(bundle)) {
			if (chunk.type === "chunk") chunk.code = await minify_module(chunk.code);
		}
	}
};
