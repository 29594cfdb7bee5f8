"""The conversion pipeline: what a handler returns -> wire (outgoing), wire -> what a handler receives (incoming).

Around it: the cache that spares unchanged messages while streaming, a received message's metadata files,
and reasoning split from text. Each content item is converted by its kind (``_kinds``); the checks on files
and URLs are ``_security``'s.
"""
