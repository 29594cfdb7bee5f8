// Vite turns a stylesheet imported with `?inline` into its text (with url()s inlined).
declare module "*.css?inline" {
	const css: string;
	export default css;
}
