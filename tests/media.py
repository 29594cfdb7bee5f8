"""Small media files made on the spot, for tests that need real content."""

from __future__ import annotations

import wave
from pathlib import Path

from PIL import Image

# What marks a file in a message as Gradio's FileData (one the server may serve).
FILE_META = {"_type": "gradio.FileData"}


def png(folder: Path, name: str = "red.png", size: tuple[int, int] = (8, 6)) -> Path:
    path = folder / name
    Image.new("RGB", size, "red").save(path)
    return path


def wav(folder: Path, name: str = "tone.wav", frames: int = 1600) -> Path:
    path = folder / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\x00\x01" * frames)
    return path


def text_file(folder: Path, name: str = "notes.txt", text: str = "hello") -> Path:
    path = folder / name
    path.write_text(text)
    return path
