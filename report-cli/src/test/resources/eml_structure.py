"""Reads an .eml with Python's own email package (nothing shared with Jakarta Mail) and prints what a mail client
would find in it, as JSON: the headers a reader sees (decoded), the tree of media types, and each leaf part with its
disposition, file name, content id and decoded content (text as text, other parts as base64)."""
import base64
import json
import sys
from email import policy
from email.parser import BytesParser


def structure(part):
    if part.is_multipart():
        return part.get_content_type() + "[" + ", ".join(structure(p) for p in part.iter_parts()) + "]"
    return part.get_content_type()


def leaves(message):
    found = []
    for part in message.walk():
        if part.is_multipart():
            continue
        entry = {
            "type": part.get_content_type(),
            "disposition": part.get_content_disposition(),
            "filename": part.get_filename(),
            "contentId": (part.get("Content-ID") or "").strip().lstrip("<").rstrip(">") or None,
        }
        content = part.get_content()
        if isinstance(content, str):
            entry["text"] = content
        else:
            entry["base64"] = base64.b64encode(content).decode("ascii")
        found.append(entry)
    return found


with open(sys.argv[1], "rb") as f:
    message = BytesParser(policy=policy.default).parse(f)
print(json.dumps({
    "subject": str(message["Subject"]),
    "from": str(message["From"]) if message["From"] else None,
    "to": str(message["To"]) if message["To"] else None,
    "cc": str(message["Cc"]) if message["Cc"] else None,
    "unsent": message["X-Unsent"],
    "structure": structure(message),
    "parts": leaves(message),
}, ensure_ascii=False))
