import { describe, expect, test } from "vitest";
import { embedded_view } from "./embedded";
import type { ComponentBlock } from "../model/types";

const block = (component: string, value: unknown, props: Record<string, unknown> = {}): ComponentBlock => ({
	type: "component",
	component,
	value,
	constructor_args: {},
	props
});
const file = (name: string) => ({ path: `/tmp/${name}`, orig_name: name });

describe("embedded_view", () => {
	test("image uses alt text, then label, then the name", () => {
		expect(embedded_view(block("image", file("a.png"), { alt_text: "A cat" }))).toMatchObject({ kind: "image", alt: "A cat" });
		expect(embedded_view(block("image", file("a.png"), { label: "Photo" }))).toMatchObject({ alt: "Photo" });
		expect(embedded_view(block("image", file("a.png")))).toMatchObject({ alt: "a.png" });
	});
	test("unlabelled audio and video are titled by their file's name, not the component's", () => {
		expect(embedded_view(block("audio", file("tone.wav")))).toMatchObject({ kind: "audio", alt: "tone.wav" });
		expect(embedded_view(block("video", { video: file("clip.mp4") }, { label: "" }))).toMatchObject({ alt: "clip.mp4" });
	});
	test("an image Gradio inlined (SVG: a data URL, no path) is shown, alone or in a gallery", () => {
		const svg = { path: null, url: "data:image/svg+xml;base64,PHN2Zy8+", orig_name: "logo.svg" };
		expect(embedded_view(block("image", svg))).toMatchObject({ kind: "image", file: { url: svg.url } });
		expect(embedded_view(block("gallery", [{ image: svg, caption: "logo" }]))).toMatchObject({
			kind: "gallery",
			items: [{ kind: "image", caption: "logo", file: { url: svg.url } }]
		});
	});
	test("video values may wrap the file", () => {
		expect(embedded_view(block("video", { video: file("v.mp4"), subtitles: null }))).toMatchObject({
			kind: "video",
			file: { orig_name: "v.mp4" }
		});
	});
	test("gallery keeps images, videos and captions in order", () => {
		const view = embedded_view(block("gallery", [{ image: file("1.png"), caption: "one" }, { video: file("2.mp4") }, { bogus: 1 }]));
		expect(view).toEqual({
			kind: "gallery",
			items: [
				{ file: file("1.png"), kind: "image", caption: "one" },
				{ file: file("2.mp4"), kind: "video", caption: null }
			]
		});
	});
	test("dataframe becomes a table", () => {
		expect(embedded_view(block("dataframe", { headers: ["a", 1], data: [[1, "x"]] }))).toEqual({
			kind: "table",
			headers: ["a", "1"],
			rows: [[1, "x"]]
		});
	});
	test("file and model3d values become file cards", () => {
		expect(embedded_view(block("file", [file("a.txt"), file("b.txt")]))).toMatchObject({ kind: "files", files: [{}, {}] });
		expect(embedded_view(block("model3d", file("m.glb")))).toMatchObject({ kind: "files", files: [{ orig_name: "m.glb" }] });
	});
	test("empty and unknown components are named, not dropped", () => {
		expect(embedded_view(block("video", null, { label: "Clip" }))).toEqual({ kind: "empty", name: "Clip" });
		expect(embedded_view(block("slider", 3))).toEqual({ kind: "unsupported", name: "slider" });
	});
	test("plot, html, markdown and json pass their values", () => {
		expect(embedded_view(block("plot", { type: "plotly", plot: "{}" }))).toEqual({ kind: "plot", plot: { type: "plotly", plot: "{}" } });
		expect(embedded_view(block("html", "<b>x</b>"))).toEqual({ kind: "html", html: "<b>x</b>" });
		expect(embedded_view(block("markdown", "# t"))).toEqual({ kind: "markdown", text: "# t" });
		expect(embedded_view(block("json", { a: 1 }))).toEqual({ kind: "json", value: { a: 1 } });
	});
});
