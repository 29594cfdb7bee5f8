/** The wire shape of a history: what the backend's postprocess sends (`_model/wire.py` on the backend). */

import type { Version } from "./versions";

export type Role = "user" | "assistant" | "system";

export interface FileData {
	path: string;
	url?: string | null;
	size?: number | null;
	orig_name?: string | null;
	mime_type?: string | null;
	is_stream?: boolean;
}

/** What a message's metadata holds besides its versions; a version's own metadata. */
export interface MetadataFields {
	title?: string | null;
	id?: number | string | null;
	parent_id?: number | string | null;
	log?: string | null;
	duration?: number | null;
	status?: "pending" | "done" | null;
	tool_state?: ToolState | null;
	sources?: Source[] | null;
	name?: string | null;
	avatar?: string | FileData | null;
	timestamp?: string | null;
}

/** A message's metadata: its own fields, and a reply's other versions (model/versions.ts). */
export interface Metadata extends MetadataFields {
	versions?: Version[] | null;
	version?: number | null;
}

/** A source a message cites: chip n, which "[n]" in its text links to. */
export interface Source {
	title?: string | null;
	url?: string | null;
	snippet?: string | null;
	file?: FileData | null;
}

/** Where a tool call stands (metadata.tool_state). */
export type ToolState = "input-streaming" | "awaiting-approval" | "running" | "done" | "error" | "denied";

export interface Option {
	value: string;
	label?: string;
}

export interface TextBlock {
	type: "text";
	text: string;
}

export interface FileBlock {
	type: "file";
	file: FileData;
	alt_text?: string | null;
}

export interface ComponentBlock {
	type: "component";
	component: string;
	value: unknown;
	constructor_args: Record<string, unknown>;
	props: Record<string, unknown>;
	/** The server's signature of component and constructor_args: sent back untouched. */
	signature?: string | null;
}

/** A content item as a typed block: one member per content kind (kinds/ converts and lists them). */
export type ContentBlock = TextBlock | FileBlock | ComponentBlock;

/** A content item in the messages format's own, untagged shape: text as a string, a file as its dict. */
export type UntaggedItem = string | FileData;

/** A content item as the backend sends it: the messages format's own shapes. */
export type WireItem = UntaggedItem | ContentBlock;

/** A message as the backend sends it: `content` is one item or a list. */
export interface WireMessage {
	role: Role;
	content: WireItem | WireItem[];
	metadata?: Metadata | null;
	options?: Option[] | null;
}

/** A wire message as the page holds it: its content a list of typed blocks. */
export interface Message {
	role: Role;
	content: ContentBlock[];
	metadata?: Metadata | null;
	options?: Option[] | null;
}

/** A message placed in the log: its position in the history and its nested thoughts. */
export interface MessageNode {
	message: Message;
	index: number;
	/** Who the message is, across updates (`message_keys`): the page's state for it follows this, not `index`. */
	key: string;
	children: MessageNode[];
}

/** Consecutive messages shown together under one role. */
export interface MessageGroup {
	role: Role;
	/** Index of the group's first message; a stable key while the history grows. */
	first_index: number;
	/** Its first message's key: the group's state follows it. */
	key: string;
	nodes: MessageNode[];
}

/** An example shown in an empty chat (gr.Chatbot's `examples`). */
export interface Example {
	text?: string;
	display_text?: string;
	files?: FileData[];
	icon?: FileData | null;
}
