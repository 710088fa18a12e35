"""Stage 3, compute: the typed views of every page, calendar and feed, in one language each, with every string final.

`site.compute_site` gives the `SiteView`; `context.Context` is what each view function receives; `views*` hold the
view types templates read; `language` the UI catalogues and the local ways of writing dates and numbers;
`feeds` the calendars' and feed's wording; the other modules one kind of page each (campaign, print, results,
units, home, glossary, contact, paging).
"""
