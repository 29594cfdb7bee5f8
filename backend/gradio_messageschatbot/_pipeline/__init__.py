"""The conversion pipeline: what a handler returns -> wire (outgoing), wire -> what a handler receives (incoming).

Around it: the cache that spares unchanged messages while streaming, the checks on every file a
client names, and the trip of embedded components (signed constructor arguments, kinds registry).
"""
