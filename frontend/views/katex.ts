/**
 * Math, loaded with the first message that has some: KaTeX's auto-render and its stylesheet, fonts
 * inlined. The build confines the stylesheet to the component's root and renames its fonts
 * (bundling/katex.js), so the page's own KaTeX, if any, is untouched.
 */
import type render_math_in_element from "katex/contrib/auto-render";
import type { LatexDelimiter } from "./math";

type RenderMath = typeof render_math_in_element;

let loading: Promise<RenderMath> | null = null;

function load(): Promise<RenderMath> {
	loading ??= Promise.all([import("katex/contrib/auto-render"), import("katex/dist/katex.min.css?inline")]).then(
		([render, stylesheet]) => {
			const style = document.createElement("style");
			style.dataset.messageschatbot = "katex";
			style.textContent = stylesheet.default;
			document.head.append(style);
			return render.default;
		}
	);
	return loading;
}

/** Draws the math in `element` found between `delimiters`; code is left alone. */
export async function render_math(element: HTMLElement, delimiters: LatexDelimiter[]): Promise<void> {
	const render = await load();
	// Bounded sizes and macro expansion: a message must not stretch the log by thousands of em.
	render(element, { delimiters, throwOnError: false, maxSize: 20, maxExpand: 200 });
}
