"""Other formats a history is converted to and from: OpenAI, its streams, transformers, tuples, ChatInterface."""
