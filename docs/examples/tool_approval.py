import json

import gradio as gr
from gradio_messageschatbot import MessagesChatbot, ToolApprovalData, tool_call_thought, tool_result_thought

bookings = []


def book_table(restaurant, time):
    bookings.append((restaurant, time))
    return f"Booked {restaurant} at {time}"


def propose(restaurant, history, proposed):
    call_id, arguments = f"call_{len(proposed) + 1}", json.dumps({"restaurant": restaurant, "time": "19:30"})
    call = tool_call_thought(call_id, "book_table", arguments, state="awaiting-approval")
    return "", [*history, {"role": "user", "content": f"Book {restaurant}"}, call], {**proposed, call_id: arguments}


def decide(history, proposed, data: ToolApprovalData):
    if data.id not in proposed:  # the history is the client's: run only what this server proposed
        raise gr.Error(f"No tool call {data.id} was proposed")
    call = history[data.index]
    call["metadata"].update(tool_state="running" if data.approved else "denied")
    yield history
    if data.approved:
        result = book_table(**json.loads(proposed[data.id]))  # the arguments proposed, not the client's copy
        call["metadata"].update(tool_state="done", status="done")
        history.insert(data.index + 1, tool_result_thought(data.id, result))
        yield history


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    proposed = gr.State({})  # call id -> arguments, kept on the server
    restaurant = gr.Textbox(label="Restaurant", placeholder="Chez Panisse")
    restaurant.submit(propose, [restaurant, chatbot, proposed], [restaurant, chatbot, proposed])
    chatbot.tool_approval(decide, proposed, chatbot)  # the history is always the first input

demo.launch()
