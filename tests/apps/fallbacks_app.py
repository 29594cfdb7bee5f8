"""What the chat shows when something has no name or will not load: avatars that fail and unlabelled media.

Two chats: in the first the speaker's own avatar fails and the role's stands in; in the second every
avatar fails and initials stand in. The media messages carry no label: each is titled by its file.
"""

from __future__ import annotations

from pathlib import Path

import gradio as gr
from gradio_messageschatbot import MessagesChatbot

FILES = Path(__file__).parents[2] / "demo" / "files"
# Nothing listens on the discard port: the image fails at once, as a deleted or mistyped one does.
MISSING = "http://127.0.0.1:9/missing.png"

with gr.Blocks() as demo:
    MessagesChatbot(
        [
            {"role": "user", "content": "Hello"},
            {
                "role": "assistant",
                "content": "A scout whose avatar is gone.",
                "metadata": {"name": "Scout", "avatar": MISSING},
            },
            {"role": "assistant", "content": gr.Audio(str(FILES / "tone.wav"))},
            {"role": "assistant", "content": gr.Video(str(FILES / "clip.webm"))},
            {"role": "assistant", "content": gr.Image(str(FILES / "pattern.png"))},
        ],
        label="Role avatar",
        avatar_images=(None, FILES / "pattern.png"),
    )
    MessagesChatbot(
        [
            {"role": "user", "content": "Hello"},
            {
                "role": "assistant",
                "content": "Nobody's avatar loads.",
                "metadata": {"name": "Ada Lovelace", "avatar": MISSING},
            },
        ],
        label="Initials",
        avatar_images=(MISSING, None),
    )

if __name__ == "__main__":
    demo.launch(server_name="127.0.0.1", allowed_paths=[str(FILES)])
