import type { Component } from "svelte";
import type { RenderOptions } from "./render";
import type { ContentBlock } from "../model/types";
import TextView from "./TextView.svelte";
import FileView from "./FileView.svelte";
import EmbeddedComponent from "../embedded/EmbeddedComponent.svelte";

/** What a kind's view is given; `streaming` is set on the last block of the message still being written. */
export interface ViewProps<B> {
	block: B;
	render: RenderOptions;
	streaming: boolean;
}

type Views = { [T in ContentBlock["type"]]: Component<ViewProps<Extract<ContentBlock, { type: T }>>> };

/**
 * Each kind's view, by its tag. Apart from the kinds' plain functions (index.ts) because the
 * examples table is built on its own and must not load the renderers (markdown, KaTeX, plots).
 */
const VIEWS: Views = { text: TextView, file: FileView, component: EmbeddedComponent };

/** The component that shows `block`. */
export function view_of(block: ContentBlock): Component<ViewProps<ContentBlock>> {
	return VIEWS[block.type] as Component<ViewProps<ContentBlock>>;
}
