"""A Content-Security-Policy per page: scripts from this site, and inline scripts only by their hash.

Material's pages carry a few small inline scripts that differ with the page's depth, so each page
gets a policy listing the SHA-256 of exactly the inline scripts of its frame (never of its content,
where the sanitiser leaves none anyway), in a <meta> tag that every
static host serves. Headers a <meta> cannot set (frame-ancestors, permissions) are in `_headers`.
"""

from __future__ import annotations

import base64
import hashlib
import re

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.S)
POLICY = ("default-src 'self'; script-src 'self'{origin} {hashes}; style-src 'self'; img-src 'self' data:; "
          "font-src 'self'; connect-src 'self'{origin}; worker-src 'self'; object-src 'none'; base-uri 'self'; "
          "form-action 'self'")
REFERRER = '<meta name="referrer" content="strict-origin-when-cross-origin">'

HEADERS = """/*
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
  X-Content-Type-Options: nosniff
  X-Frame-Options: SAMEORIGIN
  Content-Security-Policy: frame-ancestors 'self'
"""


CONTENT = re.compile(r"<article\b.*</article>", re.S)      # the page's content, inside the theme's frame


def script_hashes(html: str) -> list[str]:
    """ 'sha256-…' for every inline script of the theme's frame, in page order; never one in the content."""
    found = []
    for body in INLINE_SCRIPT.findall(CONTENT.sub("", html)):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        if f"'sha256-{digest}'" not in found:
            found.append(f"'sha256-{digest}'")
    return found


def add_policy(html: str, monitoring_origin: str = "") -> str:
    """The page with its policy and referrer policy as the first elements of <head>; a monitoring origin
    (Circular 22/2023/TT-BTTTT, off unless site.yaml sets it) may load scripts and receive their reports."""
    if "<head>" not in html:
        return html
    origin = f" {monitoring_origin}" if monitoring_origin else ""
    policy = POLICY.format(origin=origin, hashes=" ".join(script_hashes(html)))
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">{REFERRER}'
    return html.replace("<head>", "<head>" + meta, 1)
