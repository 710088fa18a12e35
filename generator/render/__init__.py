"""Stage 4, render: views to Markdown (`pages`, with the Jinja templates in `templates/`, which hold no logic),
calendars, feeds and the sitemap (`feeds`), open data (`data`).
"""
