/**
 * ```mermaid code blocks drawn as diagrams, mermaid loaded with the first one. Its strict security
 * level (which a diagram's own `%%{init}%%` cannot lower) keeps HTML labels, scripts and click
 * handlers in the diagram text from running.
 */
import type { Mermaid } from "mermaid";

let loading: Promise<Mermaid> | null = null;
// mermaid renders one diagram at a time (its settings are global to it), so drawings queue.
let queue: Promise<unknown> = Promise.resolve();
let next_id = 0;
// A message re-renders at every streamed token; diagrams already drawn come back from here.
const drawn = new Map<string, string>();
const MAX_DRAWN = 64;

/**
 * The keyframes mermaid's diagram styles declare (`dash`, ...) are named for the whole page:
 * they get names of the component's own, in their declarations and where animations use them.
 */
export function private_keyframes(svg: string): string {
	const names = [...svg.matchAll(/@keyframes\s+([\w-]+)/g)].map((match) => match[1]);
	if (names.length === 0) return svg;
	const pattern = new RegExp(`(@keyframes\\s+|animation(?:-name)?:\\s*)(${names.join("|")})(?![\\w-])`, "g");
	return svg.replace(pattern, (_, before: string, name: string) => `${before}messageschatbot-${name}`);
}

function load(): Promise<Mermaid> {
	loading ??= import("mermaid").then((module) => module.default);
	return loading;
}

async function svg_for(source: string, dark: boolean): Promise<string | null> {
	const key = `${dark}\n${source}`;
	const known = drawn.get(key);
	if (known !== undefined) return known;
	const mermaid = await load();
	const id = `messageschatbot-mermaid-${next_id++}`;
	const draw = queue.then(async () => {
		mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
		try {
			return private_keyframes((await mermaid.render(id, source)).svg);
		} catch {
			return null; // not a diagram mermaid can read: the source stays shown
		} finally {
			// mermaid leaves its scratch element behind when the text does not parse.
			document.getElementById(`d${id}`)?.remove();
		}
	});
	queue = draw;
	const svg = await draw;
	if (svg !== null) {
		if (drawn.size >= MAX_DRAWN) drawn.delete(drawn.keys().next().value as string);
		drawn.set(key, svg);
	}
	return svg;
}

/**
 * Replaces each mermaid code block in `root` by its diagram. `skip_last`: the last block is still
 * streaming, so it stays source until its fence closes.
 */
export async function draw_diagrams(root: HTMLElement, { dark, skip_last }: { dark: boolean; skip_last: boolean }): Promise<void> {
	const blocks = [...root.querySelectorAll<HTMLElement>("code.language-mermaid")];
	for (const code of skip_last ? blocks.slice(0, -1) : blocks) {
		const svg = await svg_for(code.textContent ?? "", dark);
		const block = code.closest(".code_wrap") ?? code;
		if (svg === null || !block.isConnected) continue;
		const diagram = document.createElement("div");
		diagram.className = "mermaid-diagram";
		diagram.innerHTML = svg;
		block.replaceWith(diagram);
	}
}
