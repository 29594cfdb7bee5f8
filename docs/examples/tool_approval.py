import json

import gradio as gr
from gradio_messageschatbot import MessagesChatbot, ToolApprovalData, tool_call_thought, tool_result_thought


def propose(request, history):
    call = tool_call_thought("call_1", "delete_files", json.dumps({"glob": request}), state="awaiting-approval")
    return "", [*history, {"role": "user", "content": f"Delete {request}"}, call]


def decide(history, data: ToolApprovalData):
    call = history[data.index]
    call["metadata"].update(tool_state="running" if data.approved else "denied")
    yield history
    if data.approved:  # run the tool here, then mark the call "done" or "error"
        call["metadata"].update(tool_state="done", status="done")
        history.insert(data.index + 1, tool_result_thought(data.id, f"deleted {json.loads(data.arguments)['glob']}"))
        yield history


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    request = gr.Textbox(label="Files to delete", placeholder="*.tmp")
    request.submit(propose, [request, chatbot], [request, chatbot])
    chatbot.tool_approval(decide, outputs=chatbot)  # the history is always its first input

demo.launch()
