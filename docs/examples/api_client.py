from gradio_client import Client, handle_file

client = Client("http://127.0.0.1:7860/")
history = client.predict([{"role": "user", "content": ["What is this?", handle_file("cat.png")]}], api_name="/respond")
print(history[0])
# {'role': 'user', 'content': ['What is this?', {'type': 'file', 'file': '/tmp/gradio/.../cat.png', 'alt_text': None}]}
