import { describe, expect, it } from "vitest";
import { private_keyframes } from "./mermaid";

describe("private_keyframes", () => {
	it("renames the keyframes a diagram declares, where declared and where used", () => {
		const svg =
			"<svg><style>@keyframes dash{to{stroke-dashoffset:0;}}#d .slow{animation:dash 50s linear infinite;}" +
			"#d .dashed{stroke-dasharray:3;}#d .x{animation-name: dash}</style><text>dash</text></svg>";
		expect(private_keyframes(svg)).toBe(
			"<svg><style>@keyframes messageschatbot-dash{to{stroke-dashoffset:0;}}#d .slow{animation:messageschatbot-dash 50s linear infinite;}" +
				"#d .dashed{stroke-dasharray:3;}#d .x{animation-name: messageschatbot-dash}</style><text>dash</text></svg>"
		);
	});

	it("leaves a diagram without keyframes as it is", () => {
		expect(private_keyframes("<svg><style>#d{fill:red}</style></svg>")).toBe("<svg><style>#d{fill:red}</style></svg>");
	});
});
