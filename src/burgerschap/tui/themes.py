"""The two looks of the game: the village default and a high-contrast theme."""

from __future__ import annotations

from textual.theme import Theme

from burgerschap.settings import Theme as ThemeSetting

VILLAGE = Theme(
    name="burgerschap",
    primary="#4f9a6b",
    secondary="#3f7ea6",
    accent="#f2b84b",
    warning="#f2b84b",
    error="#e26d5a",
    success="#7cc47f",
    foreground="#ece8dd",
    background="#171c22",
    surface="#1f262e",
    panel="#2a333d",
    dark=True,
    variables={
        "footer-key-foreground": "#f2b84b",
        # A dark cursor: coloured words in a highlighted row (a status, a
        # score, a tag) keep their contrast on it.
        "block-cursor-background": "#345a78",
        "block-cursor-foreground": "#ffffff",
        "block-cursor-text-style": "bold",
        "block-cursor-blurred-background": "#2b3a48",
        "block-cursor-blurred-foreground": "#ece8dd",
        "block-cursor-blurred-text-style": "none",
        "markdown-h1-color": "#f2b84b",
        "markdown-h2-color": "#f2b84b",
        "markdown-h2-text-style": "bold",
        "markdown-h3-color": "#7fb6d9",
    },
)
"""Dusk over the village: green fields, a blue sky edge, warm lamplight accents."""

HIGH_CONTRAST = Theme(
    name="burgerschap-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    warning="#ffff00",
    error="#ff6060",
    success="#00ff66",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#000000",
    boost="#ffffff",
    dark=True,
    text_alpha=1.0,
    luminosity_spread=0.0,
    variables={
        "text-muted": "#ffffff",
        "text-disabled": "#c0c0c0",
        "border": "#ffffff",
        "border-blurred": "#c0c0c0",
        # Deep blue under the cursor: white, yellow and green words in a
        # highlighted row all stay far above 4.5:1 contrast on it.
        "block-cursor-foreground": "#ffffff",
        "block-cursor-background": "#0000c0",
        "block-cursor-text-style": "bold",
        "block-cursor-blurred-foreground": "#ffffff",
        "block-cursor-blurred-background": "#00007a",
        "block-cursor-blurred-text-style": "none",
        "footer-background": "#000000",
        "footer-key-foreground": "#ffff00",
        "footer-description-foreground": "#ffffff",
        "input-cursor-background": "#ffffff",
        "input-cursor-foreground": "#000000",
        "scrollbar": "#ffffff",
        "scrollbar-background": "#000000",
        "link-color": "#00ffff",
        "markdown-h1-color": "#ffff00",
        "markdown-h2-color": "#ffff00",
        "markdown-h2-text-style": "bold underline",
        "markdown-h3-color": "#ffff00",
    },
)
"""White and yellow on black, no tints: readable on a bright beamer and for weak eyes."""

THEMES: dict[ThemeSetting, Theme] = {"default": VILLAGE, "high-contrast": HIGH_CONTRAST}
