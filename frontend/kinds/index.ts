import type { ContentBlock, UntaggedItem } from "../model/types";
import type { ContentKind } from "./kind";
import { text } from "./text";
import { file } from "./file";
import { component } from "./component";

/** The registry of content kinds. A new kind: its block in model/types.ts (ContentBlock), its module, a member in
 * KINDS, its view in views/kinds.ts. */

type Kinds = { [T in ContentBlock["type"]]: ContentKind<Extract<ContentBlock, { type: T }>> };

/** Every kind by its tag, in the order untagged items are offered to them. */
const KINDS: Kinds = { text, file, component };

// A kind's functions take its own blocks; the registry hands each block to its own kind only.
function kind_of(block: ContentBlock): ContentKind<ContentBlock> {
	return KINDS[block.type] as ContentKind<ContentBlock>;
}

/** Whether `item` is a block tagged with one of the kinds. */
export function is_block(item: object): item is ContentBlock {
	const type = (item as { type?: unknown }).type;
	return typeof type === "string" && Object.hasOwn(KINDS, type);
}

/** A wire item as a typed block: a tagged block as it is, an untagged one as the first kind that takes it. */
export function normalize_item(item: UntaggedItem | ContentBlock): ContentBlock {
	if (typeof item === "object" && is_block(item)) return item;
	for (const kind of Object.values(KINDS)) {
		const block = kind.from_untagged(item);
		if (block) return block;
	}
	throw new TypeError("no content kind takes this item"); // the file kind takes every dict
}

/** A block as plain text: what a person pastes after copying it. */
export function block_text(block: ContentBlock): string {
	return kind_of(block).text(block);
}
