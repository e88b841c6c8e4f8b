"""Plugin discovery (entry-point group ``policylint``) and the loaded rule registry."""
from __future__ import annotations

import importlib
import sys
from functools import cached_property

from .errors import PolicylintError, did_you_mean

GROUP = "policylint"


class Registry:
    """Every kind, rule and reporter that the installed plugins provide."""

    def __init__(self, extra_plugins: tuple[str, ...] = (), extra_packs: tuple[str, ...] = ()):
        import pluggy

        from . import hookspecs

        self.manager = pluggy.PluginManager(GROUP)
        self.manager.add_hookspecs(hookspecs)
        self.internal_errors: list[str] = []
        self.plugin_of: dict[int, str] = {}
        self._discover(extra_plugins)
        self.extra_packs = extra_packs

    def _discover(self, extra_plugins) -> None:
        from .entrypoints import entry_points

        found = sorted(entry_points(group=GROUP), key=lambda ep: (ep.name != "builtin", ep.name))
        names = [(ep.name, ep.value, ep.load) for ep in found]
        if not any(value == "policylint.builtin" for _, value, _ in names):
            names.insert(0, ("builtin", "policylint.builtin", lambda: importlib.import_module("policylint.builtin")))
        names += [(module, module, lambda m=module: importlib.import_module(m)) for module in extra_plugins]
        for name, value, load in names:
            try:
                plugin = isolated(load, name)
            except PluginExit as exc:  # a broken plugin must not stop the others
                self.internal_errors.append(f'internal error: plugin "{name}" ({value}) failed to load: {exc}')
                continue
            if self.manager.is_registered(plugin):
                continue
            self.manager.register(plugin, name=name)

    def _collect(self, hook_name: str):
        """(plugin name, result) for each plugin implementing the hook, errors recorded."""
        results = []
        for impl in getattr(self.manager.hook, hook_name).get_hookimpls():
            try:
                value = isolated(impl.function, impl.plugin_name)
            except PluginExit as exc:
                self.internal_errors.append(f'internal error: plugin "{impl.plugin_name}" failed in {hook_name}: {exc}')
                continue
            if value:
                results.append((impl.plugin_name, value))
        return list(reversed(results))

    @cached_property
    def kinds(self) -> dict:
        merged: dict = {}
        for _, mapping in self._collect("policylint_rule_kinds"):
            merged.update(mapping)
        return merged

    @cached_property
    def reporter_plugins(self) -> dict:
        """format name -> the plugin whose reporter wins (later plugins override the built-ins)."""
        merged: dict = {}
        for plugin, mapping in self._collect("policylint_reporters"):
            merged.update({name: (plugin, reporter) for name, reporter in mapping.items()})
        return merged

    @cached_property
    def reporters(self) -> dict:
        return {name: reporter for name, (_, reporter) in self.reporter_plugins.items()}

    @cached_property
    def packs(self) -> list:
        """(plugin, path) of every rule pack, without reading the rule files."""
        packs = [(plugin, str(pack)) for plugin, paths in self._collect("policylint_rule_packs") for pack in paths]
        return packs + [("config", pack) for pack in self.extra_packs]

    @cached_property
    def rules(self) -> dict:
        """name -> RuleDef, in code order."""
        from .rules import load_rule_file, rule_files

        loaded = {}
        codes = {}
        for plugin, pack in self.packs:
            for path in rule_files(pack):
                try:
                    rule = load_rule_file(str(path), self.kinds, plugin)
                except PolicylintError as exc:
                    if self.internal_errors:  # the kind is unknown because its plugin failed
                        exc.message += f" ({self.internal_errors[0]})"
                    raise
                if rule.name in loaded or rule.code in codes:
                    raise PolicylintError(f'rule "{rule.name}" ({rule.code}) is defined twice', str(path), 1)
                loaded[rule.name] = rule
                codes[rule.code] = rule.name
        return dict(sorted(loaded.items(), key=lambda item: item[1].code))

    @cached_property
    def by_code(self) -> dict:
        return {rule.code.upper(): rule for rule in self.rules.values()}

    def resolve(self, name: str, where: str | None = None, line: int | None = None, column: int | None = None):
        """A rule by name or code; an unknown one is an error with a did-you-mean."""
        rule = self.rules.get(name) or self.by_code.get(str(name).upper())
        if rule is None:
            hint = did_you_mean(name, list(self.rules) + list(self.by_code))
            raise PolicylintError(f'unknown rule "{name}"{hint}', where, line, column)
        return rule

    def reporter(self, name: str):
        if name not in self.reporters:
            raise PolicylintError(f'unknown format "{name}"{did_you_mean(name, self.reporters)}')
        return self.reporters[name]

    def all_internal_errors(self) -> list[str]:
        """Errors of this registry and of the ones config files added, in order, once each."""
        errors = list(self.internal_errors)
        for extra in self.__dict__.get("_extras", {}).values():
            errors += extra.all_internal_errors()
        return list(dict.fromkeys(errors))

    def with_extras(self, plugins: tuple[str, ...], packs: tuple[str, ...]) -> "Registry":
        """This registry plus plugins/rule packs a config file names (cached)."""
        key = (plugins, packs)
        cache = self.__dict__.setdefault("_extras", {})
        if key not in cache:
            cache[key] = Registry(plugins, packs)
        return cache[key]


class PluginExit(Exception):
    """A plugin raised, or tried to end the run, while policylint called it."""


def isolated(call, name: str):
    """``call()`` as if the plugin ``name`` ran on its own: it sees no command line (a
    plugin that parses ``sys.argv`` must not read policylint's), what it prints meanwhile
    does not reach policylint's report, and ``sys.exit()`` or any other exception but
    Ctrl-C becomes a PluginExit naming what happened, so the run goes on without it."""
    argv, stdout, stderr = sys.argv, sys.stdout, sys.stderr
    sys.argv = [name]
    sys.stdout, sys.stderr = _Held(stdout), _Held(stderr)
    held = sys.stdout, sys.stderr
    try:
        return call()
    except KeyboardInterrupt:
        raise
    except SystemExit as exc:
        said = "".join(held[0].text + held[1].text).strip().splitlines()[-1:]
        raise PluginExit(f"it called sys.exit({exc.code!r})" + (f" after printing {said[0]!r}" if said else "")) from None
    except BaseException as exc:
        raise PluginExit(repr(exc)) from None
    finally:
        sys.argv, sys.stdout, sys.stderr = argv, stdout, stderr
        for stream in held:
            stream.release()


class _Held:
    """A stream that keeps what is written while a plugin is being called, and passes
    writes through afterwards (a logging handler made meanwhile keeps working)."""

    def __init__(self, real):
        self.real, self.text = real, []

    def write(self, text: str) -> int:
        if self.text is None:
            return self.real.write(text)
        self.text.append(text)
        return len(text)

    def release(self) -> None:
        self.text = None

    def flush(self) -> None:
        if self.text is None:
            self.real.flush()

    def __getattr__(self, name):
        return getattr(self.real, name)
