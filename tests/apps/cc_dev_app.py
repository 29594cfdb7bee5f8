"""A chat that needs every library the component loads on demand, all on first load: code in each
language it highlights, math, a diagram and plots. `gradio cc dev` serves it from source, where
anything its dev server had not bundled before the page asked for it made the server bundle again
under the page."""

from __future__ import annotations

import altair as alt
import gradio as gr
import pandas as pd
import plotly.graph_objects as go
from gradio_messageschatbot import MessagesChatbot

# A snippet in every language the component highlights: each grammar loads with its first block.
CODE = {
    "python": "def greet(name):\n    return f'Hi {name}'",
    "javascript": "const greet = (name) => `Hi ${name}`;",
    "bash": 'for f in *.txt; do echo "$f"; done',
    "rust": 'fn main() {\n    println!("Hi");\n}',
    "typescript": "const n: number = 1;",
    "c": "int main(void) { return 0; }",
    "cpp": "std::vector<int> v{1, 2};",
    "csharp": 'Console.WriteLine("Hi");',
    "diff": "- old\n+ new",
    "go": 'fmt.Println("Hi")',
    "java": 'System.out.println("Hi");',
    "json": '{"role": "user"}',
    "latex": "\\frac{a}{b}",
    "php": '<?php echo "Hi"; ?>',
    "sql": "SELECT role FROM messages;",
    "yaml": "role: user",
}
HISTORY = [
    {"role": "user", "content": "Show me code, math, a diagram and plots."},
    *({"role": "assistant", "content": f"```{language}\n{code}\n```"} for language, code in CODE.items()),
    {"role": "assistant", "content": "Math: $e^{i\\pi} + 1 = 0$ and $$\\int_0^1 x^2\\,dx = \\tfrac{1}{3}$$"},
    {"role": "assistant", "content": "```mermaid\ngraph TD\n  A[Ask] --> B[Answer]\n```"},
    {"role": "assistant", "content": gr.Plot(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), label="Bars")},
    {
        "role": "assistant",
        "content": gr.Plot(
            alt.Chart(pd.DataFrame({"x": [1, 2, 3], "y": [2, 1, 3]})).mark_line().encode(x="x", y="y"), label="Line"
        ),
    },
]

with gr.Blocks() as demo:
    MessagesChatbot(value=HISTORY, label="Assistant")

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1")
