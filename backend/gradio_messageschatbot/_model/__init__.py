"""The message model: the public typed shapes of a history, and the wire model it travels in."""
