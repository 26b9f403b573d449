/**
 * XML documents as the feeds and sitemaps write them: the JDK's StAX, never string
 * concatenation, so that every value is escaped by the writer.
 */
package dev.broadsheet.xml;
