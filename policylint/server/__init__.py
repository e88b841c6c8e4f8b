"""``policylint server``: a Language Server Protocol server over stdio.

An adapter, not a second engine: it lints the editor's text with the same
Linter, configs, rules, plugins and suppressions as the command line, and
offers the rules' fixes and explanations. Imports point one way: this
package uses the engine; the engine never imports it, and the command line
imports it only to run the ``server`` subcommand. pygls and lsprotocol are
the optional extra ``policylint[lsp]``.
"""
from __future__ import annotations

import argparse
import sys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="policylint server",
        description="Run the policylint language server, speaking LSP on stdin and stdout.")
    parser.add_argument("--stdio", action="store_true", help="use stdin and stdout (the default and only transport)")
    parser.parse_args(argv)
    try:
        from .protocol import create_server
    except ImportError as exc:
        print(f"policylint: the language server needs pygls and lsprotocol ({exc}); "
              "install them with: pip install 'policylint[lsp]'", file=sys.stderr)
        return 2
    create_server().start_io()
    return 0
