"""The site builder: all the mkdocs and Material glue, behind a small interface. It knows nothing of campaigns; it
takes pages (Markdown with metadata, in memory), files and a navigation, and writes HTML.

Later stages use: `site_builder` (`InMemoryDocs`, `LanguageBuild`, `build_language_html`, `theme_strings`),
`sessions` (the preview's long-lived builds), `forked` (one process per language), `page_html.COMMONMARK` (the
metadata flag of generated pages), `csp.HEADERS` and `asset_names.cache_headers` (the `_headers` rules).
`hooks` is loaded by mkdocs itself (mkdocs.yml): it converts generated pages (`page_html`), cuts them into search
sections (`search_sections`) and, after a build, shards the search index (`search_shards`), which our worker in
`theme/` reads. Imports only `base`.
"""
