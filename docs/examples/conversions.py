from gradio_messageschatbot import from_tuples, to_openai, to_transformers

print(to_openai([{"role": "user", "content": ["What is this?", {"path": "cat.png"}]}], allowed_paths=["."]))
# [{'role': 'user', 'content': [{'type': 'text', 'text': 'What is this?'},
#                               {'type': 'image_url', 'image_url': {'url': 'data:image/png;base64,...'}}]}]
print(from_tuples([["Hi", "Hello!"]]))
# [{'role': 'user', 'content': 'Hi'}, {'role': 'assistant', 'content': 'Hello!'}]
print(to_transformers([{"role": "user", "content": ["Describe", {"path": "cat.png"}]}], allowed_paths=["."]))
# [{'role': 'user', 'content': [{'type': 'text', 'text': 'Describe'}, {'type': 'image', 'path': 'cat.png'}]}]
