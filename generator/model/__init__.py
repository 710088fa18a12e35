"""The model: what a record may hold, as pydantic models, and the law's catalogues.

`campaign` (the campaign record and what it imports from `registry`, `decisions` and `dossiers`), `fields` (bilingual
text, slugs, unknown facts, the site's `LANGUAGES`), `catalogues` (Decree 30's document kinds, the award kinds),
`measures` and `comparisons` (units of a target and its comparison words), `dates` (partial dates) and `timeline`
(a campaign's events and statuses on a given day). Imports only `base`.
"""
