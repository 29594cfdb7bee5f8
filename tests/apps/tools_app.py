"""Tool calls in every state, an approval step, and an echo of the history for API clients."""

from __future__ import annotations

import json

import gradio as gr
from gradio_messageschatbot import MessagesChatbot, ToolApprovalData, tool_call_thought, tool_result_thought

STATES = [
    tool_call_thought("c1", "search", '{"query": "weather in Oslo', "pending", "input-streaming"),
    tool_call_thought("c2", "fetch_page", '{"url": "https://example.org"}', "pending", "running"),
    tool_call_thought("c3", "get_weather", '{"city": "Oslo"}', state="done"),
    tool_result_thought("c3", '{"temperature": 4, "sky": "cloudy"}'),
    tool_call_thought("c4", "read_file", '{"path": "/nope.txt"}', state="error"),
    tool_result_thought("c4", "FileNotFoundError: /nope.txt"),
    tool_call_thought("c5", "send_email", '{"to": "boss@example.org"}', state="denied"),
    tool_call_thought("c6", "delete_files", '{"glob": "*.tmp"}', "pending", "awaiting-approval"),
]
STATES[2]["metadata"]["duration"] = 0.4
STATES[4]["metadata"]["duration"] = 1.2
HISTORY = [{"role": "user", "content": "Check the weather and clean up."}, *STATES]


def decide(history: list, data: ToolApprovalData):
    """Record what the handler received, and move the call on as the decision says."""
    call = history[data.index]
    call["metadata"] = {**call["metadata"], "tool_state": "done" if data.approved else "denied", "status": "done"}
    if data.approved:
        history.append(tool_result_thought(str(data.id), "3 files deleted"))
    received = {"index": data.index, "id": data.id, "name": data.name, "arguments": data.arguments}
    return history, json.dumps({**received, "approved": data.approved}, sort_keys=True)


PENDING_CALLS = [
    {"role": "user", "content": "Tidy up the folders."},
    tool_call_thought("a1", "clean", '{"folder": "one"}', "pending", "awaiting-approval"),
    tool_call_thought("a2", "clean", '{"folder": "two"}', "pending", "awaiting-approval"),
    tool_call_thought("a3", "clean", '{"folder": "three"}', "pending", "awaiting-approval"),
    {"role": "assistant", "content": "Waiting for your approval."},
]


def decide_as_the_demo(history: list, data: ToolApprovalData):
    """As the demo does: running first, then done with the result inserted right after the call; or denied."""
    call = history[data.index]
    if not data.approved:
        call["metadata"].update(status="done", tool_state="denied")
        yield history
        return
    call["metadata"]["tool_state"] = "running"
    yield history
    call["metadata"].update(status="done", tool_state="done")
    history.insert(data.index + 1, tool_result_thought(str(data.id), f"Cleaned {data.arguments}"))
    yield history


with gr.Blocks() as demo:
    chatbot = MessagesChatbot(HISTORY, label="Tools", height=720, elem_id="tools")
    report = gr.Textbox(label="Report", elem_id="report")
    chatbot.tool_approval(decide, outputs=[chatbot, report], api_name="tool_approval")
    pending = MessagesChatbot(PENDING_CALLS, label="Pending calls", height=400)
    pending.tool_approval(decide_as_the_demo, outputs=pending)
    echo = MessagesChatbot(visible=False)
    gr.Button(visible=False).click(lambda history: history, echo, echo, api_name="echo")

if __name__ == "__main__":
    demo.launch()
