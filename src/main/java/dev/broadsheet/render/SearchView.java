package dev.broadsheet.render;

/** The search page. */
public record SearchView(PageView page) {}
