/** The class on the component's root: third-party styles are confined under it. */
export const SCOPE_CLASS = "gradio-messageschatbot";
