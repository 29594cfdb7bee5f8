/// <reference types="vite/client" />
import { describe, expect, test } from "vitest";
import { ENGLISH, STRINGS, translator } from "./strings";

describe("translator", () => {
	test("uses Gradio's translation of chatbot.<key>", () => {
		const translate = translator((key) => (key === "chatbot.retry" ? "Réessayer" : key));
		expect(translate("retry")).toBe("Réessayer");
	});
	test("falls back to English where Gradio returns the key or nothing", () => {
		expect(translator((key) => key)("undo")).toBe("Undo");
		expect(translator(() => "")("undo")).toBe("Undo");
	});
	test("fills in values, translated or not", () => {
		const translate = translator((key) => (key === "chatbot.download" ? "{name} herunterladen" : key));
		expect(translate("download", { name: "a.pdf" })).toBe("a.pdf herunterladen");
		expect(ENGLISH("show_earlier", { count: 3 })).toBe("Show earlier messages (3 more)");
	});
	test("leaves a placeholder without a value as written", () => {
		expect(ENGLISH("download", {})).toBe(STRINGS.download);
	});
});

// The markup of every component, without scripts, styles, comments and {expressions}.
const SOURCES = import.meta.glob(["./**/*.svelte", "!**/node_modules/**"], {
	query: "?raw",
	import: "default",
	eager: true
}) as Record<string, string>;


function markup(source: string): string {
	let text = source.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>|<!--[\s\S]*?-->/g, "");
	while (/\{[^{}]*\}/.test(text)) text = text.replace(/\{[^{}]*\}/g, "");
	return text;
}

test.each(Object.keys(SOURCES))(
	"%s shows no words of its own: they come from strings.ts",
	(path) => {
		const text = markup(SOURCES[path]);
		const words = [
			...text.matchAll(/\s(?:aria-label|aria-valuetext|title|placeholder|label|alt)="([^"]*[A-Za-z][^"]*)"/g),
			...text.matchAll(/>([^<>]*[A-Za-z][^<>]*)</g)
		].map((match) => match[1].trim());
		expect(words).toEqual([]);
	}
);
