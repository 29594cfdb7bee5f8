import json
import time

import gradio as gr
from gradio_messageschatbot import MessagesChatbot, tool_call_thought, tool_result_thought

TEMPERATURES = {"Paris": "18 °C", "Lima": "22 °C"}


def get_weather(city):
    return TEMPERATURES[city]  # a KeyError for any other city: the call shows as an error


def respond(city, history):
    history = [*history, {"role": "user", "content": f"Weather in {city}?"}]
    history += [
        tool_call_thought("call_1", "get_weather", json.dumps({"city": city}), state="running"),
    ]
    yield "", history
    started = time.monotonic()
    try:
        result, state = get_weather(city), "done"
    except KeyError:
        result, state = f"KeyError: no weather for {city!r}", "error"
    history[-1]["metadata"].update(tool_state=state, status="done", duration=time.monotonic() - started)
    history.append(tool_result_thought("call_1", result))
    history.append({"role": "assistant", "content": f"It is {result} in {city}." if state == "done" else result})
    yield "", history


with gr.Blocks() as demo:
    chatbot = MessagesChatbot()
    city = gr.Textbox(label="City", placeholder="Paris, Lima or anywhere else")
    city.submit(respond, [city, chatbot], [city, chatbot])

demo.launch()
