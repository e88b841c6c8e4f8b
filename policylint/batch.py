"""Lint many documents: take what the results cache has, lint the rest (in
processes when there are many; each process stores the results it made).
Results keep the input order, so the output does not depend on the cache or
on ``--jobs``.
"""
from __future__ import annotations

from . import fingerprint, parallel
from .cache import ResultCache


def lint_sources(linter, sources, jobs: int | None = None, use_cache: bool = True, cacheable=None) -> list:
    """Results for ``sources``; ``cacheable[i]`` False keeps a source out of the cache (stdin)."""
    results: list = [None] * len(sources)
    plan: dict = {}  # index -> (store, settings) for results to store
    present: dict = {}  # id(store) -> the documents of this run under it
    if use_cache:
        stores: dict = {}
        settings_of: dict = {}
        for index, source in enumerate(sources):
            if cacheable is not None and not cacheable[index]:
                continue
            config = linter.config_for(source.path)
            store = stores.get(config.root)
            if store is None:
                store = stores[config.root] = ResultCache(config.root)
            if id(config) not in settings_of:
                settings_of[id(config)] = _settings(linter, config, store)
            settings = settings_of[id(config)]
            if settings is None:
                continue
            present.setdefault(id(store), []).append(source)
            hit = store.get(source, settings, facts=linter.facts)
            if hit is not None:
                results[index] = hit
            else:
                plan[index] = (store, settings)
                store.ready()  # before the workers: each need not check the folder again
    todo = [index for index, result in enumerate(results) if result is None]
    fresh = parallel.lint(linter, [sources[index] for index in todo], jobs, [plan.get(index) for index in todo])
    for index, result in zip(todo, fresh):
        results[index] = result
        if index in plan and not result.errors and not linter.internal_errors:
            plan[index][0].stored()  # written by the process that linted it
    for store in {id(store): store for store, _ in plan.values()}.values():
        store.prune(present[id(store)])
    from . import regexstore

    regexstore.save()  # the patterns this run compiled that the next one can reuse
    return results


def _settings(linter, config, store) -> str | None:
    """The settings key under ``config``, or None when plugins failed (never cache those runs).

    The rule packs and reporters of the installed plugins are kept in a small
    index keyed by the environment, so a cached run need not load any plugin.
    """
    from .rulepack import plugin_packs

    packs = plugin_packs(linter, config, store, write=True)
    return None if packs is None else fingerprint.settings(linter, config, packs)
