import type { FileData, Message, MessageGroup } from "./types";
import { file_src } from "./files";
import type { Translate } from "../strings";

/** The name a message gives its speaker (multi-agent apps), if any. */
export function given_name(message: Message): string | null {
	const name: unknown = message.metadata?.name;
	return (typeof name === "string" && name.trim()) || null;
}

/** Whether `message` may join a run spoken by `run` (null: the role's own voice, no name given): a message
 * without a name joins the speaker before it; a name other than the run's starts a new speaker. */
export function same_speaker(run: string | null, message: Message): boolean {
	const name = given_name(message);
	return name === null || name === run;
}

/** Who speaks in a group: the first name and avatar its messages give (null: the role's own). */
export function group_speaker(group: MessageGroup): { name: string | null; avatar: string | FileData | null } {
	const messages = group.nodes.map((node) => node.message);
	return {
		name: messages.map(given_name).find((name) => name !== null) ?? null,
		avatar: messages.map((message) => message.metadata?.avatar ?? null).find((avatar) => avatar) ?? null
	};
}

/** A role's name, as a heading or a screen reader says it. */
export function speaker_name(role: Message["role"], translate: Translate): string {
	return translate(`role_${role}`);
}

/** Who speaks, as a screen reader names them: the given name, else the role. */
export function spoken_name(group: MessageGroup, translate: Translate): string {
	return group_speaker(group).name ?? speaker_name(group.role, translate);
}

/** Where an avatar image comes from: its file, or an http(s) URL (anything else shows no image). */
export function avatar_src(avatar: string | FileData | null, root: string): string | null {
	if (avatar === null) return null;
	if (typeof avatar !== "string") return file_src(avatar, root);
	try {
		const url = new URL(avatar);
		return (url.protocol === "http:" || url.protocol === "https:") && !/[\u0000-\u0020\u007f]/.test(avatar)
			? avatar
			: null;
	} catch {
		return null;
	}
}

/** The avatars a group may show, best first: the speaker's own, then the role's (null: none given).
 * An image that fails to load gives way to the next. */
export function avatar_choices(
	speaker_avatar: string | FileData | null,
	role_avatar: FileData | null,
	root: string
): string[] {
	const choices = [avatar_src(speaker_avatar, root), role_avatar && file_src(role_avatar, root)];
	return choices.filter((src): src is string => Boolean(src));
}

/** What stands in for an avatar that would not load: the first letters of the name's first two words. */
export function initials(name: string): string {
	return name
		.trim()
		.split(/\s+/)
		.slice(0, 2)
		.map((word) => Array.from(word)[0] ?? "")
		.join("")
		.toUpperCase();
}

/** A timestamp as people read it, in their locale and time zone ("" if it is not a date). */
export function format_timestamp(iso: string, locale?: string, time_zone?: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return "";
	return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: time_zone }).format(date);
}
