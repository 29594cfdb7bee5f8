"""The checks on what may be read, fetched or trusted: local files, URLs, signatures of server-made values.

The lowest layer of the package (on ``errors`` and ``_gradio`` only): the message model validates with it,
and every later layer reaches files and URLs through it.
"""
