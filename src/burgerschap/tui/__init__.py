"""The student game in the terminal (Textual).

Import :func:`burgerschap.tui.app.make_app` to build the app; importing this
package alone loads nothing.
"""
