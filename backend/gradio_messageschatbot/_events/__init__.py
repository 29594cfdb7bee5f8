"""The events a client fires: their data checked before a handler sees it, and the tool approval event.

Above the formats: the tool approval event finds its call in the history a ``type="openai"`` handler got.
"""
