/**
 * Sitemaps for search engines: {@code sitemap.xml} (split into an index over numbered files past
 * the protocol's limits), a Google News sitemap and {@code robots.txt}. Pure functions from page
 * lists to bytes, written with the JDK's StAX.
 */
package dev.broadsheet.sitemap;
