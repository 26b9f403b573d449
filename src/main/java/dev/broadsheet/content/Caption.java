package dev.broadsheet.content;

/**
 * A photo caption found at the end of a raw text.
 *
 * @param label  the short line before the caption (often the picture's subject), or empty
 * @param text   the caption itself
 * @param credit the agency or photographer credited, e.g. {@code Reuters}
 */
public record Caption(String label, String text, String credit) {}
