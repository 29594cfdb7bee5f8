import { describe, expect, test } from "vitest";
import { file_kind, file_name, file_src, format_size } from "./files";
import type { FileData } from "./types";

describe("file_src", () => {
	test("prefers the served url", () => {
		expect(file_src({ path: "/tmp/a.png", url: "http://x/a.png" }, "http://h")).toBe("http://x/a.png");
	});
	test("joins a root-relative url to the app root", () => {
		expect(file_src({ path: "/tmp/a.png", url: "/gradio_api/file=/tmp/a.png" }, "http://h/app/")).toBe(
			"http://h/app/gradio_api/file=/tmp/a.png"
		);
	});
	test("keeps remote paths", () => {
		expect(file_src({ path: "https://example.org/a.png" }, "http://h")).toBe("https://example.org/a.png");
	});
	test("routes local paths through Gradio's file route", () => {
		expect(file_src({ path: "/tmp/a.png" }, "http://h/")).toBe("http://h/gradio_api/file=/tmp/a.png");
	});
	test("keeps an inline image Gradio sent as a data URL", () => {
		expect(file_src({ path: "a.svg", url: "data:image/svg+xml;base64,PHN2Zz4=" }, "http://h")).toBe(
			"data:image/svg+xml;base64,PHN2Zz4="
		);
	});
	test.each([
		"javascript:alert(1)",
		"JavaScript:alert(1)",
		" javascript:alert(1)",
		"java\tscript:alert(1)",
		"java\nscript:alert(1)",
		"vbscript:x",
		"//evil.example/a.png",
		"/\\evil.example/a.png",
		"/\t/evil.example/a.png"
	])("never uses the url %j: only the file route, under the app's root", (url) => {
		expect(file_src({ path: "x.txt", url }, "http://h/")).toBe("http://h/gradio_api/file=x.txt");
	});
	test("a path that is not a string still gives a route, not an exception", () => {
		expect(file_src({ path: 5, url: 7 } as unknown as FileData, "http://h/")).toBe("http://h/gradio_api/file=5");
	});
});

describe("file_name", () => {
	test("uses the original name", () => {
		expect(file_name({ path: "/tmp/x123", orig_name: "report.pdf" })).toBe("report.pdf");
	});
	test("a name or path that is not a string never throws", () => {
		expect(file_name({ path: "/tmp/a.txt", orig_name: 5 } as unknown as FileData)).toBe("a.txt");
		expect(file_name({ path: null } as unknown as FileData)).toBe("");
	});
	test("falls back to the last path part without a query", () => {
		expect(file_name({ path: "https://e.org/dir/photo.jpg?size=2" })).toBe("photo.jpg");
	});
});

describe("format_size", () => {
	test.each([
		[0, "0 B"],
		[1023, "1023 B"],
		[1536, "1.5 KB"],
		[20 * 1024, "20 KB"],
		[5 * 1024 ** 3, "5.0 GB"]
	])("%d bytes is %s", (bytes, shown) => {
		expect(format_size(bytes)).toBe(shown);
	});
	test("unknown sizes show nothing", () => {
		expect(format_size(null)).toBe("");
		expect(format_size(undefined)).toBe("");
	});
});

describe("file_kind", () => {
	test("by mime type", () => {
		expect(file_kind({ path: "a", mime_type: "image/png" })).toBe("image");
		expect(file_kind({ path: "a", mime_type: "video/mp4" })).toBe("video");
		expect(file_kind({ path: "a", mime_type: "audio/wav" })).toBe("audio");
		expect(file_kind({ path: "a", mime_type: "application/pdf" })).toBe("other");
		expect(file_kind({ path: "a" })).toBe("other");
	});
});
