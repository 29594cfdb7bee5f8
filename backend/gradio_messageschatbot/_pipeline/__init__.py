"""The conversion pipeline: what a handler returns -> wire (outgoing), wire -> what a handler receives (incoming).

Around it: the cache that spares unchanged messages while streaming, the checks on every file a
client names, and the trip of embedded components (which components a chat may show, and the
signatures of their constructor arguments). Each content item is converted by its kind (``_kinds``).
"""
