import type { Metadata, MetadataFields, WireItem, WireMessage } from "./types";

/** One answer among a reply's versions: `metadata.versions` holds the others, `metadata.version`
 * the position (from 0) of the one shown among all of them, the last by default. */
export interface Version {
	content: WireItem | WireItem[];
	metadata?: MetadataFields | null;
}

type WithMetadata = { metadata?: Metadata | null };

/** A version as the page can show it: a dict with content, and metadata that is a dict if anything. The server
 * checks versions as it checks content; this only keeps a malformed one from breaking the page. */
function is_version(value: unknown): value is Version {
	if (typeof value !== "object" || value === null || Array.isArray(value) || !("content" in value)) return false;
	const metadata = (value as { metadata?: unknown }).metadata;
	return metadata === undefined || metadata === null || (typeof metadata === "object" && !Array.isArray(metadata));
}

function others(message: WithMetadata): Version[] {
	const versions = message.metadata?.versions;
	return Array.isArray(versions) && versions.every(is_version) ? versions : [];
}

/** `[position shown, count]`, or null for a message with one version. */
export function version_of(message: WithMetadata): [number, number] | null {
	const rest = others(message);
	if (rest.length === 0) return null;
	const given = message.metadata?.version;
	const shown = typeof given === "number" && Number.isInteger(given) && given >= 0 && given <= rest.length ? given : rest.length;
	return [shown, rest.length + 1];
}

/** The message showing version `target` instead, the others kept in order. */
export function show_version(message: WireMessage, target: number): WireMessage {
	const place = version_of(message);
	if (!place || !Number.isInteger(target) || target < 0 || target >= place[1]) return message;
	const { versions: _versions, version: _version, ...own } = message.metadata ?? {};
	const current: Version = Object.keys(own).length ? { content: message.content, metadata: own } : { content: message.content };
	const all = [...others(message)];
	all.splice(place[0], 0, current);
	const [chosen] = all.splice(target, 1);
	return { ...message, content: chosen.content, metadata: { ...(chosen.metadata ?? {}), versions: all, version: target } };
}

/** The reply a retry replaced, kept as a version of the reply that replaces it (`null`: nothing to keep). */
export function keep_replaced(replaced: WireMessage, reply: WireMessage | undefined): WireMessage | null {
	if (!reply || reply.role !== "assistant" || reply === replaced || version_of(reply)) return null;
	if (JSON.stringify(reply.content) === JSON.stringify(replaced.content)) return null;
	const place = version_of(replaced);
	const all = place ? show_version(replaced, place[1] - 1) : replaced;
	const { versions, version: _version, ...own } = all.metadata ?? {};
	const last: Version = Object.keys(own).length ? { content: all.content, metadata: own } : { content: all.content };
	const kept = [...(place ? (versions ?? []) : []), last];
	return { ...reply, metadata: { ...(reply.metadata ?? {}), versions: kept, version: kept.length } };
}
