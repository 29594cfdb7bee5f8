import type { ComponentBlock } from "../model/types";
import type { ContentKind } from "./kind";

/** A Gradio component embedded in a message: always tagged on the wire. */
export const component: ContentKind<ComponentBlock> = {
	from_untagged: () => null,
	text: (block) => `[${block.component}]`
};
