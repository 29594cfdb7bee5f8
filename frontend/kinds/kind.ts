import type { UntaggedItem } from "../model/types";

/**
 * What the page does with one kind of content block, whose `type` tag on the wire is `B["type"]`.
 * A kind is one module here and one view (`views.ts`); `index.ts` lists the kinds by their tags,
 * and the rest of the page loops over that list.
 */
export interface ContentKind<B extends { type: string }> {
	/** The untagged item as this kind's block, or null when the item is not of this kind. */
	from_untagged(item: UntaggedItem): B | null;
	/** The block as plain text: what a person pastes after copying it, the transcript, the examples preview. */
	text(block: B): string;
}
