"""Interface text for widgets and screens: the current language, bindings in it, plain text.

Bindings are declared with an i18n key as their description (``"tui.key.back"``)
and keep it: :func:`shown_binding` gives the text in the game's language
where a binding is drawn (the footer, the keys panel), so the footer and the
keys panel speak the student's language, whichever way it was switched.

Text from outside the code (scenarios, nicknames, reflections, file names,
error messages that quote them) is shown with :func:`plain`: never read as
markup, never a control character (see ``docs/plain-text.md``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import cast

from textual.binding import ActiveBinding, Binding
from textual.content import Content
from textual.dom import DOMNode

from burgerschap.i18n import N_, Language, long_date, t
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


def is_message_id(text: str) -> bool:
    """Whether ``text`` names a key's message (``tui.key.quit``) rather than being shown as is."""
    return text.startswith("tui.key.")


def shown_binding(binding: Binding, lang: Language) -> Binding:
    """``binding`` as it is drawn in ``lang``.

    Bindings keep their message ids (``"tui.key.back"``) for good; the
    footer, the keys panel and the screens' :attr:`active_bindings` translate
    them each time they are read. A key's tooltip is its binding's own (a
    message id too) or else the one :data:`~burgerschap.i18n.names.TOOLTIP`
    gives its description.
    Textual's own bindings carry English text, translated by
    :data:`TEXTUAL_DESCRIPTIONS`. Nothing is looked up backwards from a
    translation: two keys may share one (``Verder``).
    """
    return _shown_binding(binding, lang)


@lru_cache(maxsize=1024)  # a few hundred bindings times two languages
def _shown_binding(binding: Binding, lang: Language) -> Binding:
    description = TEXTUAL_DESCRIPTIONS.get(binding.description, binding.description)
    tooltip = binding.tooltip or TOOLTIP.get(description, "")
    if not (is_message_id(description) or is_message_id(tooltip)):
        return binding
    return replace(
        binding,
        description=t(description, lang) if is_message_id(description) else description,
        tooltip=t(tooltip, lang) if is_message_id(tooltip) else tooltip,
    )


def shown_bindings(
    bindings: Mapping[str, ActiveBinding], lang: Language
) -> dict[str, ActiveBinding]:
    """Textual's active bindings of a screen, with their texts in ``lang``."""
    shown: dict[str, ActiveBinding] = {}
    for key, active in bindings.items():
        binding = shown_binding(active.binding, lang)
        shown[key] = active._replace(binding=binding, tooltip=binding.tooltip)
    return shown
