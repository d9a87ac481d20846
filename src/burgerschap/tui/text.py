"""Interface text for widgets and screens: the current language, bindings in it, plain text.

Bindings are declared with an i18n key as their description (``"tui.key.back"``);
:func:`localize_bindings` swaps in the text in the game's language, so the
footer and the keys panel speak the student's language.

Text from outside the code (scenarios, nicknames, reflections, file names,
error messages that quote them) is shown with :func:`plain`: never read as
markup, never a control character (see ``docs/plain-text.md``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from typing import cast

from textual.binding import Binding
from textual.content import Content
from textual.dom import DOMNode

from burgerschap.i18n import LANGUAGES, N_, Language, has_message, long_date, t
from burgerschap.i18n.catalog import catalog
from burgerschap.i18n.names import TOOLTIP
from burgerschap.scenario.plaintext import plain_text

TEXTUAL_DESCRIPTIONS = {
    "palette": N_("tui.key.palette"),
    "Quit": "tui.key.quit",
    "Dismiss menu": N_("tui.key.dismiss_menu"),  # an open choice list (Select)
}
"""Descriptions of Textual's own bindings, and the keys that translate them."""


def source_text(source: str, checked: date | None, lang: Language) -> str:
    """The source line under an answer, with the day the fact was checked when known."""
    if checked is None:
        return t("tui.play.source", lang, source=source)
    return t("tui.play.source.checked", lang, source=source, date=long_date(checked, lang))


def plain(text: str, style: str = "") -> Content:
    """``text`` as content that shows exactly what it says: ``[b]`` stays ``[b]``.

    Use it for every string that did not come from this program's own tables:
    a ``str`` given to ``Static``, ``Label``, ``Button``, ``Select``, a
    ``Collapsible`` title or ``notify`` is read as markup by Textual.
    """
    return Content.styled(plain_text(text), style) if style else Content(plain_text(text))


def lang_of(node: DOMNode) -> Language:
    """The language the app of ``node`` speaks (Dutch outside an app)."""
    try:
        app = node.app
    except Exception:  # no active app, e.g. a widget built in a unit test
        return "nl"
    return cast(Language, getattr(app, "lang", "nl"))


@cache  # the tables never change while the program runs
def _reverse() -> dict[str, str]:
    found: dict[str, str] = dict(TEXTUAL_DESCRIPTIONS)
    for lang in LANGUAGES:
        for key, text in catalog("interface", lang).messages.items():
            if key.startswith("tui.key.") and isinstance(text, str):
                found.setdefault(text, key)
    return found


def _key_of(description: str) -> str | None:
    if has_message(description):
        return description
    return _reverse().get(description)


def localize_binding(binding: Binding, lang: Language) -> Binding:
    """``binding`` with its description (and tooltip) in ``lang``."""
    key = _key_of(binding.description)
    if key is None:
        return binding
    tooltip_key = TOOLTIP.get(key)
    tooltip = binding.tooltip if tooltip_key is None else t(tooltip_key, lang)
    return replace(binding, description=t(key, lang), tooltip=tooltip)


def localize_bindings(node: DOMNode, lang: Language) -> None:
    """Translate the descriptions of ``node``'s bindings; safe to call again."""
    bindings = node._bindings.key_to_bindings
    for key, items in list(bindings.items()):
        bindings[key] = [localize_binding(b, lang) for b in items]
