"""A tiny OpenAI-compatible chat-completions server for tests, streaming like llama.cpp or vLLM do.

- last message from a tool       -> streams "The time is <result>."
- user asks for the "time"       -> streams a get_time tool call, in pieces
- user sends images              -> streams what it received: "I see N image(s): <formats>."
- anything else                  -> streams reasoning_content, then "Echo: <text>"

Every request body is appended to REQUEST_LOG (if set), so a test can check what arrived.
Run: python fake_openai_server.py PORT
"""

from __future__ import annotations

import base64
import json
import os
import sys
import time

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

app = FastAPI()
IMAGE_MAGIC = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpeg", b"RIFF": "webp"}


def chunk(delta: dict, finish_reason: str | None = None) -> str:
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }
    return f"data: {json.dumps(body)}\n\n"


def text_pieces(text: str) -> list[str]:
    return [text[i : i + 4] for i in range(0, len(text), 4)]


def image_formats(content) -> list[str]:
    formats = []
    for part in content if isinstance(content, list) else []:
        if part.get("type") == "image_url":
            data = base64.b64decode(part["image_url"]["url"].split(",", 1)[1])
            formats.append(next((name for magic, name in IMAGE_MAGIC.items() if data.startswith(magic)), "unknown"))
    return formats


def reply(messages: list[dict]):
    last = messages[-1]
    yield chunk({"role": "assistant"})
    if last["role"] == "tool":
        for piece in text_pieces(f"The time is {last['content']}."):
            yield chunk({"content": piece})
        yield chunk({}, "stop")
        return
    content = last.get("content")
    text = content if isinstance(content, str) else " ".join(p.get("text", "") for p in content or [])
    if "time" in text:
        yield chunk(
            {
                "tool_calls": [
                    {"index": 0, "id": "call_1", "type": "function", "function": {"name": "get_time", "arguments": ""}}
                ]
            }
        )
        for piece in ("{", "}"):
            yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
        yield chunk({}, "tool_calls")
        return
    formats = image_formats(content)
    answer = f"I see {len(formats)} image(s): {', '.join(formats)}." if formats else f"Echo: {text}"
    if not formats:
        for piece in text_pieces("Thinking it over."):
            yield chunk({"reasoning_content": piece})
    for piece in text_pieces(answer):
        yield chunk({"content": piece})
    yield chunk({}, "stop")


@app.post("/v1/chat/completions")
async def completions(request: Request):
    body = await request.json()
    if os.environ.get("REQUEST_LOG"):
        with open(os.environ["REQUEST_LOG"], "a") as log:
            log.write(json.dumps(body) + "\n")

    def events():
        yield from reply(body["messages"])
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
