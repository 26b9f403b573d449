package dev.broadsheet.render;

/** The page a host shows for a missing URL. */
public record NotFoundView(PageView page) {}
