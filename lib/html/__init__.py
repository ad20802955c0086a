"""General functions for HTML manipulation.

Bastion's bundled html offers escape() only: html.unescape() needs the HTML5
named-character-reference table (2,231 entries), which Bastion does not bundle.
"""

__all__ = ['escape']


def escape(s, quote=True):
    """Replace the characters &, < and > in s by HTML-safe sequences; with quote
    true (the default) also the quotation marks " and '.
    """
    s = s.replace("&", "&amp;")  # must be first
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s
