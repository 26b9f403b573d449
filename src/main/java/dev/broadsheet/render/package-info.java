/**
 * Pages from articles: the {@link dev.broadsheet.render.Theme} (templates on disk over the
 * defaults embedded in the jar), the {@link dev.broadsheet.render.TemplateEngine} that runs them,
 * and the view records templates receive, built by {@link dev.broadsheet.render.Views}. Everything
 * a template prints with double braces is HTML-escaped; only the rendered body and the JSON-LD,
 * which are made safe here, are printed raw.
 */
package dev.broadsheet.render;
