import type { ContentKind } from "./kind";

export interface ComponentBlock {
	type: "component";
	component: string;
	value: unknown;
	constructor_args: Record<string, unknown>;
	props: Record<string, unknown>;
	/** The server's signature of component and constructor_args: sent back untouched. */
	signature?: string | null;
}

/** A Gradio component embedded in a message: always tagged on the wire. */
export const component: ContentKind<ComponentBlock> = {
	from_untagged: () => null,
	text: (block) => `[${block.component}]`
};
