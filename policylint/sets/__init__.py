"""Policy sets: the documents of a run that belong together (locale copies of one
page, pages that link to or name each other, sets a config declares), and the
checks that need all of them at once (stale translations, layered notices,
facts stated differently in two documents).

Layers: ``facts`` reads what set checks need from one parsed document (cached
with its result); ``grouping`` builds sets from those facts; ``stage`` runs the
set rules and returns findings to the member they concern.
"""
