/**
 * Full-text search on a static host: the build writes an index split into small fragments under
 * {@code search/}, and {@code assets/search.js} queries it in the reader's browser.
 */
package dev.broadsheet.search;
