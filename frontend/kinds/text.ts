import type { TextBlock } from "../model/types";
import type { ContentKind } from "./kind";

/** Text: a plain string on the wire, shown as markdown. */
export const text: ContentKind<TextBlock> = {
	from_untagged: (item) => (typeof item === "string" ? { type: "text", text: item } : null),
	text: (block) => block.text
};
