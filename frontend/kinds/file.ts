import type { FileBlock } from "../model/types";
import { file_name } from "../model/files";
import type { ContentKind } from "./kind";

/** A file: a file dict on the wire, shown inline (image, video, audio) or as a card. */
export const file: ContentKind<FileBlock> = {
	from_untagged: (item) => (typeof item === "string" ? null : { type: "file", file: item, alt_text: null }),
	text: (block) => `[${file_name(block.file)}]`
};
