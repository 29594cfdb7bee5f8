import { expect, test } from "vitest";
import { ENGLISH } from "../strings";
import type { Message, MessageGroup } from "./types";
import { avatar_choices, avatar_src, format_timestamp, group_speaker, initials, same_speaker, spoken_name } from "./speakers";
import { group_messages } from "./history";
import { conversation_markdown } from "../pipeline/transcript";

const said = (name: string | null, role: Message["role"] = "assistant"): Message => ({
	role,
	content: [{ type: "text", text: "hi" }],
	metadata: name === null ? null : { name }
});

test("a different name starts a new speaker; an unnamed message joins the run", () => {
	expect(same_speaker(null, said("Writer"))).toBe(false); // unnamed before: the role's own voice, not Writer's
	expect(same_speaker(null, said(null))).toBe(true);
	expect(same_speaker("Writer", said(null))).toBe(true);
	expect(same_speaker("Writer", said("Writer"))).toBe(true);
	expect(same_speaker("Writer", said("Critic"))).toBe(false);
	expect(same_speaker("Writer", said("  "))).toBe(true);
});

test("a name that is not a string is no name, never an exception", () => {
	for (const name of [5, {}, ["Writer"], true]) {
		expect(same_speaker("Writer", said(name as unknown as string))).toBe(true);
	}
});

test("agents of one role show as separate groups, each named", () => {
	const groups = group_messages([said(null, "user"), said("Writer"), said(null), said("Critic"), said("Critic")], true);
	expect(groups.map((group) => [group.first_index, group.nodes.length, spoken_name(group, ENGLISH)])).toEqual([
		[0, 1, "User"],
		[1, 2, "Writer"],
		[3, 2, "Critic"]
	]);
});

test("a group's avatar is the first one its messages give", () => {
	const group: MessageGroup = {
		role: "assistant",
		first_index: 0,
		key: "+1",
		nodes: [said("Writer"), { ...said(null), metadata: { avatar: "https://x.org/a.png" } }].map((message, index) => ({
			message,
			index,
			key: `+${index + 1}`,
			children: []
		}))
	};
	expect(group_speaker(group)).toEqual({ name: "Writer", avatar: "https://x.org/a.png" });
});

test("an avatar is a file or an http(s) image, nothing else", () => {
	expect(avatar_src("https://x.org/a.png", "")).toBe("https://x.org/a.png");
	expect(avatar_src({ path: "/tmp/gradio/a.png" }, "http://app")).toBe("http://app/gradio_api/file=/tmp/gradio/a.png");
	for (const hostile of ["javascript:alert(1)", "data:image/svg+xml,<svg onload=alert(1)>", "/etc/passwd", "java\tscript:x"]) {
		expect(avatar_src(hostile, ""), hostile).toBeNull();
	}
	expect(avatar_src(null, "")).toBeNull();
});

test("timestamps read in the person's locale and zone; a non-date reads as nothing", () => {
	expect(format_timestamp("2025-01-02T15:04:00Z", "en-US", "UTC")).toBe("Jan 2, 2025, 3:04 PM");
	expect(format_timestamp("2025-01-02T15:04:00+02:00", "en-GB", "UTC")).toBe("2 Jan 2025, 13:04");
	expect(format_timestamp("yesterday", "en-US", "UTC")).toBe("");
});

test("the Markdown transcript heads a message with its speaker's name, role and time", () => {
	const message: Message = {
		role: "assistant",
		content: [{ type: "text", text: "Draft ready." }],
		metadata: { name: "Writer", timestamp: "2025-01-02T15:05:00+00:00" }
	};
	expect(conversation_markdown([message, said(null, "user")], ENGLISH)).toBe(
		"### Writer (Assistant) · 2025-01-02T15:05:00+00:00\n\nDraft ready.\n\n### User\n\nhi\n"
	);
});

test("a group's avatars: its speaker's, then its role's, leaving out what cannot be an image", () => {
	const role = { path: "/tmp/bot.png", url: "http://h/file=/tmp/bot.png" };
	expect(avatar_choices("https://x.org/a.png", role, "")).toEqual(["https://x.org/a.png", "http://h/file=/tmp/bot.png"]);
	expect(avatar_choices("javascript:alert(1)", role, "")).toEqual(["http://h/file=/tmp/bot.png"]);
	expect(avatar_choices(null, null, "")).toEqual([]);
});

test("initials are the first letters of the first two words", () => {
	expect(initials("Ada Lovelace")).toBe("AL");
	expect(initials("  writer ")).toBe("W");
	expect(initials("Ünal de la Cruz")).toBe("ÜD");
	expect(initials("😀 Bot")).toBe("😀B");
});
